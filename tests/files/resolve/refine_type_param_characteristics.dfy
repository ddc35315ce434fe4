// RUN: resolve --show-snippets false
// Type-parameter characteristics and bounds must agree with the refined declaration's.
abstract module Base {
  trait Tr {}
  type A<X(0)>
  type B<X(00)>
  type C<X(!new)>
  type D<X extends Tr>
  type E<X(0)>
  function F<X(==)>(x: X): int
}
module Ref refines Base {
  type A<X> = int
  type B<X(0)> = int
  type C<X> = int
  type D<X> = int
  type E<X(00)> = int
  function F<X>(x: X): int { 0 }
}

// CHECK-EXIT: 2
// CHECK: refine_type_param_characteristics.dfy(18,13): Error: type parameter 'X' is not allowed to change the requirement of supporting equality
// CHECK: refine_type_param_characteristics.dfy(13,9): Error: type parameter 'X' is not allowed to change the requirement of supporting auto-initialization
// CHECK: refine_type_param_characteristics.dfy(14,9): Error: type parameter 'X' is not allowed to change the requirement of supporting auto-initialization
// CHECK: refine_type_param_characteristics.dfy(15,9): Error: type parameter 'X' is not allowed to change the no-reference-type requirement
// CHECK: refine_type_param_characteristics.dfy(16,9): Error: type parameter 'X' of type 'D' is declared with a different number of type bounds than in the corresponding type in the module it refines (expected 1, found 0)
// CHECK: refine_type_param_characteristics.dfy(17,9): Error: type parameter 'X' is not allowed to change the requirement of supporting auto-initialization
// CHECK: 6 resolution/type errors detected in refine_type_param_characteristics.dfy
