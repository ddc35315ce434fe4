// RUN: verify --show-snippets false
// A recursive call on the same sequence (s[0..] == s) does not terminate: the function's own
// definition must not be usable to prove it does (it holds only for checked calls).
function Len(s: seq<int>): nat
{
  if s == [] then 0 else 1 + Len(s[0..])
}

// CHECK-EXIT: 4
// CHECK: recursion_same_sequence.dfy(6,32): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
