// RUN: verify --show-snippets false
// map x | R(x) :: K(x) := V(x): keys, values, and the check that equal keys have equal values.
// Expected output recorded from Dafny 4.11.
method M(s: set<int>) {
  var m := map x | x in s :: x * 2 := x + 1;
  assert forall y :: y in m ==> y % 2 == 0;
  assert forall x :: x in s ==> m[2 * x] == x + 1;
  var bad := map x | x in s :: x % 2 := x;
}

method Invert(m: map<int, int>) returns (r: map<int, int>)
  requires forall a, b :: a in m && b in m && m[a] == m[b] ==> a == b
  ensures forall k :: k in m ==> m[k] in r && r[m[k]] == k
{
  r := map k | k in m :: m[k] := k;
}

// CHECK-EXIT: 4
// CHECK: map_comprehension_keys.dfy(8,33): Error: key expressions might be referring to the same value
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
