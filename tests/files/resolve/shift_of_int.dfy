// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: int) returns (r: int) {
  r := a << 2;
}

// CHECK-EXIT: 2
// CHECK: shift_of_int.dfy(4,9): Error: type of << must be a bitvector type (instead got int)
// CHECK: 1 resolution/type errors detected in shift_of_int.dfy
