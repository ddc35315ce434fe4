// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f := (x: int, x: int) => x;
}

// CHECK-EXIT: 2
// CHECK: duplicate_lambda_parameter.dfy(4,20): Error: Duplicate bound-variable name: x
// CHECK: 1 resolution/type errors detected in duplicate_lambda_parameter.dfy
