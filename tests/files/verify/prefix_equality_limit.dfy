// RUN: verify --show-snippets false
// The limit of a prefix equality is at least 0 (PrefixEqualityLimit). Dafny 4.11's output.
codatatype Stream = Cons(head: int, tail: Stream)
lemma L(s: Stream, k: int, n: nat)
  ensures s ==#[n] s
{
  var b := s ==#[k] s;
}

// CHECK-EXIT: 4
// CHECK: prefix_equality_limit.dfy(7,13): Error: prefix-equality limit must be at least 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
