// RUN: verify --show-snippets false
// The size of an intersection is claimed to equal the size of one operand.
method M(a: set<int>, b: set<int>) {
  var c := a * b;
  assert c <= a;
  assert |c| == |a|;
}

// CHECK-EXIT: 4
// CHECK: neg_set_intersection_card.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
