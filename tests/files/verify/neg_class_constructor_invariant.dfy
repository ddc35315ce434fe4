// RUN: verify --show-snippets false --allow-warnings
// A constructor does not establish Valid().
class Stack {
  var items: seq<int>
  var capacity: nat
  predicate Valid() reads this { |items| <= capacity }
  constructor (cap: nat)
    ensures Valid()
  {
    capacity := cap;
    items := [0];
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_constructor_invariant.dfy(9,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_constructor_invariant.dfy(8,17): Related location: this is the postcondition that could not be proved
// CHECK: neg_class_constructor_invariant.dfy(6,41): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
