// RUN: verify --show-snippets false
// Counting occurrences: the invariant relating to the spec function is broken by a wrong step.
function Count(s: seq<int>, x: int): nat
{
  if |s| == 0 then 0 else (if s[|s| - 1] == x then 1 else 0) + Count(s[..|s| - 1], x)
}
method CountIt(s: seq<int>, x: int) returns (c: nat)
  ensures c == Count(s, x)
{
  c := 0;
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
    invariant c == Count(s[..i], x)
  {
    assert s[..i + 1][..i] == s[..i];
    if s[i] != x { c := c + 1; }
    i := i + 1;
  }
  assert s[..|s|] == s;
}

// CHECK-EXIT: 4
// CHECK: neg_count_occurrences.dfy(14,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
