// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A lemma is named "lemma" in the message, not "method".
lemma Bound(n: nat) ensures n >= 0 { }
method M() {
  Bound();
}

// CHECK-EXIT: 2
// CHECK: lemma_wrong_number_of_arguments.dfy(6,7): Error: wrong number of arguments (got 0, but lemma 'Bound' expects 1: (n: nat))
// CHECK: 1 resolution/type errors detected in lemma_wrong_number_of_arguments.dfy
