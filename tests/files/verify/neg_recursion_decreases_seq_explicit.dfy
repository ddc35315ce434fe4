// RUN: verify --show-snippets false
// An explicit decreases clause on a sequence that does not shrink.
function Sum(s: seq<int>): int
  decreases s
{
  if |s| == 0 then 0 else s[0] + Sum(s[..|s|])
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_decreases_seq_explicit.dfy(6,36): Error: decreases clause might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
