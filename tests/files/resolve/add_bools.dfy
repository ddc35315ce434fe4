// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: bool, b: bool) {
  var c := a + b;
}

// CHECK-EXIT: 2
// CHECK: add_bools.dfy(4,13): Error: type of + must be of a numeric type, a bitvector type, ORDINAL, char, a sequence type, or a set-like or map-like type (instead got bool)
// CHECK: 1 resolution/type errors detected in add_bools.dfy
