// RUN: verify --show-snippets false
// A key removed from the map is looked up.
method M(m: map<int, int>) returns (v: int)
  requires 5 in m
{
  var m2 := m - {5};
  v := m2[5];
}

// CHECK-EXIT: 4
// CHECK: neg_map_remove_key.dfy(7,9): Error: element might not be in domain
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
