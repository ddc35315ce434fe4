// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C { var f: int }
lemma L(c: C)
  modifies c
{
}

// CHECK-EXIT: 2
// CHECK: lemma_with_modifies.dfy(5,11): Error: lemmas are not allowed to have modifies clauses
// CHECK: 1 resolution/type errors detected in lemma_with_modifies.dfy
