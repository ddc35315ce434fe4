// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
lemma L() returns (x: int) {
  return true;
}

// CHECK-EXIT: 2
// CHECK: return_in_lemma_with_value.dfy(4,2): Error: Method return value mismatch (expected int, got bool)
// CHECK: 1 resolution/type errors detected in return_in_lemma_with_value.dfy
