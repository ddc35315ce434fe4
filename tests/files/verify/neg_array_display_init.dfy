// RUN: verify --show-snippets false
// An array created from a display; one element is asserted wrong.
method M() {
  var a := new int[3] [10, 20, 30];
  assert a[0] == 10;
  assert a[2] == 20;
}

// CHECK-EXIT: 4
// CHECK: neg_array_display_init.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
