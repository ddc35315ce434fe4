// RUN: verify --show-snippets false
// old@L refers to the state at the label, not to the method's start.
method M(a: array<int>)
  requires a.Length > 0
  modifies a
{
  a[0] := 1;
  label L:
  a[0] := 2;
  assert old@L(a[0]) == 1;
  assert old(a[0]) == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_label_old_at.dfy(11,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
