// RUN: verify --show-snippets false
// An array created with an initializer; one element is asserted wrong.
method M() {
  var a := new int[4](i => i * i);
  assert a[2] == 4;
  assert a[3] == 6;
}

// CHECK-EXIT: 4
// CHECK: neg_array_elements_init.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
