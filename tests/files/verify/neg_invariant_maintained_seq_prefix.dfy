// RUN: verify --show-snippets false
// The invariant about the maximum is not maintained because the update uses `<`.
method Max(s: seq<int>) returns (m: int)
  requires |s| > 0
{
  m := s[0];
  var i := 1;
  while i < |s|
    invariant 1 <= i <= |s|
    invariant forall k :: 0 <= k < i ==> s[k] <= m
  {
    if s[i] < m { m := s[i]; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_maintained_seq_prefix.dfy(10,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
