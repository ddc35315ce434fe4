// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: int, b: int) returns (r: int) {
  r := a & b;
}

// CHECK-EXIT: 2
// CHECK: bitwise_and_of_ints.dfy(4,9): Error: first argument to & must be of a bitvector type (instead got int)
// CHECK: bitwise_and_of_ints.dfy(4,9): Error: second argument to & must be of a bitvector type (instead got int)
// CHECK: 2 resolution/type errors detected in bitwise_and_of_ints.dfy
