// RUN: verify --show-snippets false
// A claim about a map's values that does not hold.
method M() {
  var m := map[1 := 10, 2 := 20];
  assert m.Keys == {1, 2};
  assert 30 in m.Values;
}

// CHECK-EXIT: 4
// CHECK: neg_map_keys_values.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
