// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() returns (r: int) {
  return true;
}

// CHECK-EXIT: 2
// CHECK: return_value_type_mismatch.dfy(4,2): Error: Method return value mismatch (expected int, got bool)
// CHECK: 1 resolution/type errors detected in return_value_type_mismatch.dfy
