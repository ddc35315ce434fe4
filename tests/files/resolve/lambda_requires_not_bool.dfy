// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f := (x: int) requires x => x;
}

// CHECK-EXIT: 2
// CHECK: lambda_requires_not_bool.dfy(4,29): Error: Precondition must be boolean (got int)
// CHECK: 1 resolution/type errors detected in lambda_requires_not_bool.dfy
