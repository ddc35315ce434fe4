// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: real, b: real) returns (r: real) {
  r := a % b;
}

// CHECK-EXIT: 2
// CHECK: modulo_of_reals.dfy(4,9): Error: arguments to % must be integer-numeric or bitvector types (got real)
// CHECK: 1 resolution/type errors detected in modulo_of_reals.dfy
