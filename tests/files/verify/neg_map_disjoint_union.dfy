// RUN: verify --show-snippets false
// The union of two maps; a lookup claims the wrong map's value.
method M() {
  var a := map[1 := 10];
  var b := map[1 := 20, 2 := 30];
  var c := a + b;
  assert c[2] == 30;
  assert c[1] == 10;
}

// CHECK-EXIT: 4
// CHECK: neg_map_disjoint_union.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
