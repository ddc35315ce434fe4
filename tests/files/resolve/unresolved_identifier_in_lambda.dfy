// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f := (x: int) => x + y;
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_lambda.dfy(4,27): Error: unresolved identifier: y
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_lambda.dfy
