// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: bool) returns (r: bool) {
  r := a * a;
}

// CHECK-EXIT: 2
// CHECK: multiply_bools.dfy(4,9): Error: type of * must be of a numeric type, bitvector type, or a set-like type (instead got bool)
// CHECK: 1 resolution/type errors detected in multiply_bools.dfy
