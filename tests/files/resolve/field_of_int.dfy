// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: int) {
  r := x.value;
}

// CHECK-EXIT: 2
// CHECK: field_of_int.dfy(4,9): Error: type int does not have a member value
// CHECK: 1 resolution/type errors detected in field_of_int.dfy
