// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
lemma L(x: int) {
  expect x > 0;
}

// CHECK-EXIT: 2
// CHECK: expect_in_lemma.dfy(4,2): Error: expect statement is not allowed in this context (because this is a ghost method or because the statement is guarded by a specification-only expression)
// CHECK: 1 resolution/type errors detected in expect_in_lemma.dfy
