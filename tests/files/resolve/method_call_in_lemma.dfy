// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Compiled() {}
lemma L() {
  Compiled();
}

// CHECK-EXIT: 2
// CHECK: method_call_in_lemma.dfy(5,10): Error: in a lemma, calls are allowed only to lemmas
// CHECK: 1 resolution/type errors detected in method_call_in_lemma.dfy
