// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int, y: int)
function F(p: P): P {
  p.(x := true)
}

// CHECK-EXIT: 2
// CHECK: datatype_update_wrong_type.dfy(5,4): Error: type of corresponding source/RHS (bool) does not match type of bound variable (int)
// CHECK: 1 resolution/type errors detected in datatype_update_wrong_type.dfy
