// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P(s: seq<int>) {
  forall i :: 0 <= i < |s| ==> s[i] > k
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_quantifier.dfy(4,38): Error: unresolved identifier: k
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_quantifier.dfy
