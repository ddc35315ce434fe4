// RUN: verify --show-snippets false
// The key set of a map display with two keys.
method M() {
  var m := map[1 := 'a', 2 := 'b'];
  assert |m.Keys| == 2;
  assert |m.Keys| == |m.Values| + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_map_keys_cardinality.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
