// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int, y: int)
function F(p: P): P {
  p.(x := 1, x := 2)
}

// CHECK-EXIT: 2
// CHECK: datatype_update_duplicate_field.dfy(5,13): Error: duplicate update member 'x'
// CHECK: 1 resolution/type errors detected in datatype_update_duplicate_field.dfy
