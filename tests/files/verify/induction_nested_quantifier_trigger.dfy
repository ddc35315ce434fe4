// RUN: verify --allow-warnings --show-snippets false
// The induction hypothesis of Split (on a, i, j) is triggered on terms of its postcondition
// that lie inside the nested quantifier but do not mention k (c[i] and c[j]), as Dafny's
// trigger collector exports them from nested quantifiers; the lemma is then proved by
// induction. Dafny 4.11 prints the same (5 verified, 1 error).
function Sum(a: array<int>, i: int, j: int): int
  reads a
  requires 0 <= i <= j <= a.Length
  decreases j - i
{
  if i == j then 0 else a[i] + Sum(a, i + 1, j)
}

predicate IsPrefixSum(a: array<int>, c: array<int>)
  requires a.Length + 1 == c.Length
  reads c, a
{
  forall i: int :: 0 <= i < a.Length ==> c[i + 1] == c[i] + a[i]
}

lemma Split(a: array<int>, c: array<int>, i: int, j: int)
  requires 0 <= i <= j <= a.Length && a.Length + 1 == c.Length
  requires IsPrefixSum(a, c)
  decreases j - i
  ensures forall k: int :: i <= k <= j ==> Sum(a, i, k) + Sum(a, k, j) == c[j] - c[i]
{
}

lemma SplitWrong(a: array<int>, c: array<int>, i: int, j: int)
  requires 0 <= i <= j <= a.Length && a.Length + 1 == c.Length
  requires IsPrefixSum(a, c)
  decreases j - i
  ensures forall k: int :: i <= k <= j ==> Sum(a, i, k) + Sum(a, k, j) == c[j] - c[i] + k - i
{
}
// CHECK-EXIT: 4
// CHECK: induction_nested_quantifier_trigger.dfy(34,0): Error: a postcondition could not be proved on this return path
// CHECK: induction_nested_quantifier_trigger.dfy(33,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
