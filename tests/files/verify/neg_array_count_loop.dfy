// RUN: verify --show-snippets false
// Counting elements of an array; the postcondition uses the wrong bound.
function CountPos(s: seq<int>): nat
{
  if |s| == 0 then 0 else (if s[0] > 0 then 1 else 0) + CountPos(s[1..])
}
method M(a: array<int>) returns (n: nat)
  ensures n <= a.Length - 1
{
  n := 0;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant n <= i
  {
    if a[i] > 0 { n := n + 1; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_array_count_loop.dfy(9,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_array_count_loop.dfy(8,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
