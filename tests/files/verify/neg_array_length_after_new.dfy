// RUN: verify --show-snippets false
// The length of a newly allocated array is asserted wrong.
method M(n: nat) {
  var a := new int[n + 1];
  assert a.Length == n + 1;
  assert a.Length > n + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_array_length_after_new.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
