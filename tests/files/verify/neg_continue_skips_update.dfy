// RUN: verify --show-snippets false
// A continue skips the accumulator update for some elements.
method M(s: seq<int>) returns (total: int)
  ensures total == |s|
{
  total := 0;
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
    invariant total == i
  {
    i := i + 1;
    if s[i - 1] < 0 { continue; }
    total := total + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_continue_skips_update.dfy(10,20): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
