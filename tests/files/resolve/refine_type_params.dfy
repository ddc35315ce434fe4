// RUN: resolve --show-snippets false
// A refining module must keep the type parameters of what it refines (number, names,
// variance, characteristics) and redeclare imports opened exactly when the base does.
module Lib { const k := 1 }
abstract module Base {
  import opened L = Lib
  import M = Lib
  type T<A>
  function F<A>(a: A): int
  method Mt<A, B>(a: A)
  class C<X> { }
  datatype D<Y> = D0
  type U<+Z>
  type W<V(==)>
}
module Ref refines Base {
  import L = Lib
  import opened M = Lib
  type T<A, B> = int
  function F<B>(a: B): int { 1 }
  method Mt<A>(a: A) { }
  class C<Q> ... { }
  type U<Z> = int
  type W<V> = int
}

// CHECK-EXIT: 2
// CHECK: refine_type_params.dfy(16,7): Error: L in Ref must be imported with "opened"  to match the corresponding import in its refinement base Base.
// CHECK: refine_type_params.dfy(16,7): Error: M in Ref cannot be imported with "opened" because it does not match the corresponding import in the refinement base Base.
// CHECK: refine_type_params.dfy(20,13): Error: type parameters are not allowed to be renamed from the names given in the function in the module being refined (expected 'A', found 'B')
// CHECK: refine_type_params.dfy(20,16): Error: the type of parameter 'a' is different from the type of the same parameter in the corresponding function in the module it refines ('B' instead of 'A')
// CHECK: refine_type_params.dfy(21,9): Error: method 'Mt' is declared with a different number of type parameters (1 instead of 2) than the corresponding method in the module it refines
// CHECK: refine_type_params.dfy(17,9): Error: to redeclare and refine declaration 'L' from module 'Base', you must use the refining (`...`) notation
// CHECK: refine_type_params.dfy(18,16): Error: to redeclare and refine declaration 'M' from module 'Base', you must use the refining (`...`) notation
// CHECK: refine_type_params.dfy(19,7): Error: type 'T' is declared with a different number of type parameters (2 instead of 1) than the corresponding type in the module it refines
// CHECK: refine_type_params.dfy(22,10): Error: type parameters are not allowed to be renamed from the names given in the class in the module being refined (expected 'X', found 'Q')
// CHECK: refine_type_params.dfy(23,9): Error: type parameter 'Z' is not allowed to change variance (here, from '+' to '=')
// CHECK: refine_type_params.dfy(24,9): Error: type parameter 'V' is not allowed to change the requirement of supporting equality
// CHECK: 11 resolution/type errors detected in refine_type_params.dfy
