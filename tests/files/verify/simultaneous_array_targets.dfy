// RUN: verify --show-snippets false
// The targets of a simultaneous assignment are those of the state before it: a[a[0]] is the
// element at the old a[0].
method M(a: array<int>)
  requires a.Length == 10 && a[0] == 5
  modifies a
{
  a[0], a[a[0]] := 1, 2;
  assert a[1] == 2;
}

// CHECK-EXIT: 4
// CHECK: simultaneous_array_targets.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
