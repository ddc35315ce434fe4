// RUN: verify --show-snippets false
// The recursive call is on the same sequence.
function Len(s: seq<int>): nat
{
  if s == [] then 0 else 1 + Len(s[0..])
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_seq.dfy(5,32): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
