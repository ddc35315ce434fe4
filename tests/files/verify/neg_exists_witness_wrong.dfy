// RUN: verify --show-snippets false
// The hint term does not satisfy the existential's body.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
method M() {
  assert 3 * 3 == 9;
  assert exists k :: 0 <= k < 3 && k * k == 9;
}

// CHECK-EXIT: 4
// CHECK: neg_exists_witness_wrong.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
