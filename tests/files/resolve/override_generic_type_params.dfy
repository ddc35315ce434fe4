// RUN: resolve --show-snippets false
// An override of a generic member names the trait's type parameters with its own; their
// number must agree. Checked against Dafny 4.11.
trait T {
  function F<U>(u: U): int
  method M<A, B>(a: A) returns (b: B)
}
class C extends T {
  function F<U, V>(u: U): int { 0 }
  method M<X, Y>(a: X) returns (b: Y) { b := *; }
}

// CHECK-EXIT: 2
// CHECK: override_generic_type_params.dfy(9,11): Error: function 'F' is declared with a different number of type parameters (2 instead of 1) than in the overridden function
// CHECK: override_generic_type_params.dfy(9,19): Error: the type of parameter 'u' is different from the type of the corresponding parameter in trait function ('U' instead of 'U')
// CHECK: 2 resolution/type errors detected in override_generic_type_params.dfy
