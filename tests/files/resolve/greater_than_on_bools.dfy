// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: bool, b: bool) returns (r: bool) {
  r := a > b;
}

// CHECK-EXIT: 2
// CHECK: greater_than_on_bools.dfy(4,9): Error: arguments to > must be of a numeric type, bitvector type, ORDINAL, char, or a set-like type (instead got bool and bool)
// CHECK: 1 resolution/type errors detected in greater_than_on_bools.dfy
