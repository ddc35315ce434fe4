// RUN: verify --show-snippets false
// The minimum of a sequence, with the comparison the wrong way round.
method Min(s: seq<int>) returns (m: int)
  requires |s| > 0
  ensures forall k :: 0 <= k < |s| ==> m <= s[k]
{
  m := s[0];
  var i := 1;
  while i < |s|
    invariant 1 <= i <= |s|
    invariant forall k :: 0 <= k < i ==> m <= s[k]
  {
    if s[i] > m { m := s[i]; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_min_of_seq_ensures.dfy(11,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
