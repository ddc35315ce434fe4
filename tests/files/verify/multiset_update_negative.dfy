// RUN: verify --show-snippets false
// A multiset update gives a non-negative multiplicity. Dafny 4.11's output.
method M(m: multiset<int>, k: int) {
  var m2 := m[1 := k];
}
method Ok(m: multiset<int>, k: nat) {
  var m2 := m[1 := k];
  assert m2[1] == k;
}

// CHECK-EXIT: 4
// CHECK: multiset_update_negative.dfy(4,19): Error: new number of occurrences might be negative
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
