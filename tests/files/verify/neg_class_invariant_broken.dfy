// RUN: verify --show-snippets false --allow-warnings
// A method claims to preserve the class invariant but breaks it.
class Range {
  var lo: int
  var hi: int
  predicate Valid() reads this { lo <= hi }
  method Shrink()
    requires Valid()
    modifies this
    ensures Valid()
  {
    lo := lo + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_invariant_broken.dfy(11,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_class_invariant_broken.dfy(10,17): Related location: this is the postcondition that could not be proved
// CHECK: neg_class_invariant_broken.dfy(6,36): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
