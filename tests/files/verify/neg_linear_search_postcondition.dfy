// RUN: verify --show-snippets false
// Linear search promising the first occurrence but returning the last.
method IndexOf(s: seq<int>, x: int) returns (r: int)
  ensures r >= 0 ==> r < |s| && s[r] == x
  ensures r >= 0 ==> forall k :: 0 <= k < r ==> s[k] != x
{
  r := -1;
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
    invariant r >= 0 ==> r < i && s[r] == x
  {
    if s[i] == x { r := i; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_linear_search_postcondition.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_linear_search_postcondition.dfy(5,21): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
