// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A(a: int) | B(b: int)
function F(d: D): D {
  d.(a := 1, b := 2)
}

// CHECK-EXIT: 2
// CHECK: datatype_update_two_constructors.dfy(5,13): Error: updated datatype members must belong to the same constructor (unlike the previously mentioned destructors, 'b' does not belong to 'A')
// CHECK: 1 resolution/type errors detected in datatype_update_two_constructors.dfy
