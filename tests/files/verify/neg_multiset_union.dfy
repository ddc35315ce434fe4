// RUN: verify --show-snippets false
// The multiplicity after a union is misjudged.
method M(a: multiset<int>, b: multiset<int>)
  requires a[3] == 1 && b[3] == 2
{
  var c := a + b;
  assert c[3] == 2;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_union.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
