// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
lemma L(a: int, b: int, k: nat)
  ensures a ==#[k] b
{
}

// CHECK-EXIT: 2
// CHECK: prefix_equality_of_ints.dfy(4,12): Error: arguments to prefix equality must be codatatypes (instead of int)
// CHECK: 1 resolution/type errors detected in prefix_equality_of_ints.dfy
