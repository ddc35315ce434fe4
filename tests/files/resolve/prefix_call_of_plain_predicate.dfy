// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P(x: int) { x > 0 }
lemma L(x: int)
  ensures P#[3](x)
{
}

// CHECK-EXIT: 2
// CHECK: prefix_call_of_plain_predicate.dfy(5,10): Error: unresolved identifier: P#
// CHECK: 1 resolution/type errors detected in prefix_call_of_plain_predicate.dfy
