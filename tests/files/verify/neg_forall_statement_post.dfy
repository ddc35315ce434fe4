// RUN: verify --show-snippets false
// A forall statement whose conclusion is not justified by its body.
method M(a: array<int>)
  modifies a
{
  forall i | 0 <= i < a.Length {
    a[i] := a[i] + 1;
  }
  assert forall i :: 0 <= i < a.Length ==> a[i] > 0;
}

// CHECK-EXIT: 4
// CHECK: neg_forall_statement_post.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
