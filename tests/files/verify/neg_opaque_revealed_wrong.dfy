// RUN: verify --show-snippets false
// Revealing an opaque function does not make a false claim true.
opaque function Double(x: int): int { 2 * x }
method M() {
  reveal Double();
  assert Double(3) == 6;
  assert Double(4) == 9;
}

// CHECK-EXIT: 4
// CHECK: neg_opaque_revealed_wrong.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
