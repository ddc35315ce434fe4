// RUN: verify --show-snippets false
// A module-level constant asserted to have the wrong value.
const Limit := 3 * 4
method M() {
  assert Limit == 12;
  assert Limit > 12;
}

// CHECK-EXIT: 4
// CHECK: neg_global_const_assert.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
