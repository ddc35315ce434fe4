// RUN: verify --show-snippets false
// An assertion about a map's domain that does not hold.
method M() {
  var m := map[1 := "one", 2 := "two"];
  assert 1 in m;
  assert 3 in m;
}

// CHECK-EXIT: 4
// CHECK: neg_map_assertion.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
