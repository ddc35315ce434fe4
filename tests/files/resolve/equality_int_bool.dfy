// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: bool) {
  r := x == true;
}

// CHECK-EXIT: 2
// CHECK: equality_int_bool.dfy(4,9): Error: arguments must have comparable types (got int and bool)
// CHECK: 1 resolution/type errors detected in equality_int_bool.dfy
