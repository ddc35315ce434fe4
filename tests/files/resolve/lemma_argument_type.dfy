// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A lemma's formal is a "lemma in-parameter"; with one argument there is no index.
lemma L1(a: int) { }
method M() {
  L1(true);
}

// CHECK-EXIT: 2
// CHECK: lemma_argument_type.dfy(6,5): Error: incorrect argument type for lemma in-parameter 'a' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in lemma_argument_type.dfy
