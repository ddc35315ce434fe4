// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(b: bool) {
  var x := -b;
}

// CHECK-EXIT: 2
// CHECK: negation_of_bool.dfy(4,12): Error: the argument of a unary minus must have numeric or bitvector type (instead got bool)
// CHECK: 1 resolution/type errors detected in negation_of_bool.dfy
