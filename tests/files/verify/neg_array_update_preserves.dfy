// RUN: verify --show-snippets false
// Writing one element; the claim that another element is unchanged needs distinct indices.
method M(a: array<int>, i: nat, j: nat)
  requires i < a.Length && j < a.Length
  modifies a
{
  var old_j := a[j];
  a[i] := 7;
  assert a[j] == old_j;
}

// CHECK-EXIT: 4
// CHECK: neg_array_update_preserves.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
