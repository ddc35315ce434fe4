// RUN: verify --show-snippets false
// old@L is the heap at `label L:`; a labelled precondition holds in the body. Expected output
// recorded from Dafny 4.11 (dfyc assumes labelled preconditions without `reveal`, which is
// sound: callers establish them).
method Bump(a: array<int>)
  requires a.Length > 1
  requires Big: a[0] > 10
  modifies a
{
  reveal Big;
  label Start:
  a[0] := a[0] + 1;
  assert a[0] == old@Start(a[0]) + 1;
  label Middle:
  a[1] := 5;
  assert a[0] == old@Middle(a[0]);
  assert old@Start(a[0]) > 10;
  assert old@Middle(a[1]) == 5;
}

// CHECK-EXIT: 4
// CHECK: labelled_old.dfy(18,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
