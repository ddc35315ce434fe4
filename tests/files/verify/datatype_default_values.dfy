// RUN: verify --show-snippets false
// The default values of a datatype's constructor formals are checked (for any values of the
// other formals), each constructor on its own. Dafny 4.11's output.
datatype Dt = A(x: int := 5 / 0) | B(y: int, z: int := 10 / y)
datatype E<T> = E(t: T, n: nat := -1)
datatype F = F(a: int, b: int := a)
datatype G = G(a: nat, b: nat := a + 1)

// CHECK-EXIT: 4
// CHECK: datatype_default_values.dfy(4,28): Error: possible division by zero
// CHECK: datatype_default_values.dfy(4,58): Error: possible division by zero
// CHECK: datatype_default_values.dfy(5,34): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
