// RUN: verify --show-snippets false
// The loop sums one element too few.
function Sum(s: seq<int>): int
{
  if |s| == 0 then 0 else Sum(s[..|s| - 1]) + s[|s| - 1]
}
method SumAll(s: seq<int>) returns (t: int)
  ensures t == Sum(s)
{
  t := 0;
  var i := 0;
  while i < |s| - 1
    invariant 0 <= i <= |s| || |s| == 0
    invariant |s| > 0 ==> i <= |s| - 1
    invariant t == Sum(s[..i])
  {
    assert s[..i + 1][..i] == s[..i];
    t := t + s[i];
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_sum_loop.dfy(9,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_sum_loop.dfy(8,12): Related location: this is the postcondition that could not be proved
// CHECK: neg_postcondition_sum_loop.dfy(15,24): Error: upper bound below lower bound or above length of sequence
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
