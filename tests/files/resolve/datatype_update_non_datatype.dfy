// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(n: int): int {
  n.(x := 1)
}

// CHECK-EXIT: 2
// CHECK: datatype_update_non_datatype.dfy(4,4): Error: datatype update expression requires a root expression of a datatype (got int)
// CHECK: 1 resolution/type errors detected in datatype_update_non_datatype.dfy
