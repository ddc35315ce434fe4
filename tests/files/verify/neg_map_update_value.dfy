// RUN: verify --show-snippets false
// The value stored in a map under a key is asserted wrong.
method M(m: map<int, int>) {
  var m2 := m[1 := 10][1 := 20];
  assert 1 in m2;
  assert m2[1] == 10;
}

// CHECK-EXIT: 4
// CHECK: neg_map_update_value.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
