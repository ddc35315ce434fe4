// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() returns (a: int, b: int) {
  return 1;
}

// CHECK-EXIT: 2
// CHECK: return_too_few_values.dfy(4,2): Error: number of return parameters does not match declaration (found 1, expected 2)
// CHECK: 1 resolution/type errors detected in return_too_few_values.dfy
