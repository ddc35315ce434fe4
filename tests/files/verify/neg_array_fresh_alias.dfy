// RUN: verify --show-snippets false
// A newly allocated array does not alias an old one, but the two old ones may.
method M(a: array<int>, b: array<int>)
  requires a.Length > 0 && b.Length > 0
  modifies a, b
{
  var c := new int[1];
  a[0] := 1;
  c[0] := 2;
  assert a[0] == 1;
  b[0] := 3;
  assert a[0] == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_array_fresh_alias.dfy(12,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
