// RUN: verify --show-snippets false
// After the update, another key is looked up.
method M(m: map<int, int>) returns (v: int)
{
  var m2 := m[1 := 10];
  v := m2[1] + m2[2];
}

// CHECK-EXIT: 4
// CHECK: neg_map_update_then_lookup.dfy(6,17): Error: element might not be in domain
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
