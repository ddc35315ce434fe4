// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: bool) returns (r: bool) {
  r := a / a;
}

// CHECK-EXIT: 2
// CHECK: divide_bools.dfy(4,9): Error: arguments to / must be numeric or bitvector types (got bool)
// CHECK: 1 resolution/type errors detected in divide_bools.dfy
