// RUN: verify --show-snippets false
// An image of a set under a function; a wrong membership claim.
method M() {
  var s := {1, 2, 3};
  var t := set x | x in s :: x * 10;
  assert 20 in t;
  assert 2 in t;
}

// CHECK-EXIT: 4
// CHECK: neg_set_map_image.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
