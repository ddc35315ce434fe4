// RUN: verify --show-snippets false
// The size of a map after adding an existing key is misjudged.
method M(m: map<int, int>, k: int)
  requires k in m
{
  var m2 := m[k := 0];
  assert |m2| == |m| + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_map_cardinality.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
