// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype A = A(x: int)
datatype B = B(y: int)
function F(b: B): int {
  b.x
}

// CHECK-EXIT: 2
// CHECK: destructor_of_wrong_datatype.dfy(6,4): Error: member 'x' does not exist in datatype 'B'
// CHECK: 1 resolution/type errors detected in destructor_of_wrong_datatype.dfy
