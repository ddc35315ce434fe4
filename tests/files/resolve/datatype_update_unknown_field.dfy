// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int, y: int)
function F(p: P): P {
  p.(z := 1)
}

// CHECK-EXIT: 2
// CHECK: datatype_update_unknown_field.dfy(5,5): Error: member 'z' does not exist in datatype 'P'
// CHECK: 1 resolution/type errors detected in datatype_update_unknown_field.dfy
