// RUN: verify --show-snippets false
// A function's result type is a subset of sequences; the body may produce an empty one.
type NonEmpty = s: seq<int> | |s| > 0 witness [0]
function Tail(s: NonEmpty): NonEmpty
{
  if |s| == 1 then s else s[1..] + []
}
method M(s: NonEmpty) returns (t: NonEmpty) {
  t := s[..0];
}

// CHECK-EXIT: 4
// CHECK: neg_function_result_subset_seq.dfy(9,8): Error: value does not satisfy the subset constraints of 'NonEmpty'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
