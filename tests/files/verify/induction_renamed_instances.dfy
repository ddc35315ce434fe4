// RUN: verify --allow-warnings --show-snippets false
// Automatic induction on i, k, j: its hypothesis is triggered on {Sum(a, i, k), Sum(a, k, j)}.
// Sum(a, k, j) is an instance of the trigger Sum(a, i, k) with names for names only, which
// Dafny does not count as a matching loop (ExpressionEqModuloExpressionsNotInvolvingBound-
// Variables), so the lemma is proved by induction; Sum(a, i, j - 1) inside Sum's definition
// would be one. Dafny 4.11 prints the same (4 verified, 1 error).
function Sum(a: array<int>, i: int, j: int): int
  reads a
  requires 0 <= i <= j <= a.Length
  decreases j
{
  if i == j then 0 else a[j - 1] + Sum(a, i, j - 1)
}

lemma Split(a: array<int>, i: int, j: int, k: int)
  requires 0 <= i <= k <= j <= a.Length
  ensures Sum(a, i, k) + Sum(a, k, j) == Sum(a, i, j)
{
}

lemma SplitWrong(a: array<int>, i: int, j: int, k: int)
  requires 0 <= i <= k <= j <= a.Length
  ensures Sum(a, i, k) + Sum(a, k, j) == Sum(a, i, j) + k - i
{
}
// CHECK-EXIT: 4
// CHECK: induction_renamed_instances.dfy(24,0): Error: a postcondition could not be proved on this return path
// CHECK: induction_renamed_instances.dfy(23,38): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
