// RUN: verify --show-snippets false
// A function's precondition itself indexes without a guard.
function F(s: seq<int>): int
  requires s[0] > 0
{
  s[0]
}

// CHECK-EXIT: 4
// CHECK: neg_function_requires_not_wellformed.dfy(4,12): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
