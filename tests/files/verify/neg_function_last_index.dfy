// RUN: verify --show-snippets false
// A function takes the last element without a non-empty precondition.
function Last(s: seq<int>): int
{
  s[|s| - 1]
}

// CHECK-EXIT: 4
// CHECK: neg_function_last_index.dfy(5,3): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
