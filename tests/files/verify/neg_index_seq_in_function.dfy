// RUN: verify --show-snippets false
// A function indexes a sequence without a length guard.
function Second(s: seq<int>): int
  requires |s| > 0
{
  s[1]
}

// CHECK-EXIT: 4
// CHECK: neg_index_seq_in_function.dfy(6,3): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
