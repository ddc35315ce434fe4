// RUN: verify --show-snippets false
// A claim that every element of a set satisfies a property it may not.
method M(s: set<nat>) {
  var t := set x | x in s :: x + 1;
  assert forall y :: y in t ==> y > 0;
  assert forall y :: y in t ==> y > 1;
}

// CHECK-EXIT: 4
// CHECK: neg_set_forall_elements.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
