// RUN: verify --show-snippets false
// Looking up a key outside the range of a map comprehension.
method M() returns (v: int) {
  var sq := map x | 0 <= x < 5 :: x * x;
  v := sq[5];
}

// CHECK-EXIT: 4
// CHECK: neg_map_comprehension_lookup.dfy(5,9): Error: element might not be in domain
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
