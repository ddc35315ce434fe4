// RUN: verify --show-snippets false --allow-warnings
// A function takes a slice whose bounds may be reversed.
function Middle(s: seq<int>, i: nat, j: nat): seq<int>
  requires j <= |s|
{
  s[i..j]
}

// CHECK-EXIT: 4
// CHECK: neg_seq_slice_in_function.dfy(6,3): Error: lower bound out of range
// CHECK: neg_seq_slice_in_function.dfy(6,3): Error: upper bound below lower bound or above length of sequence
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
