// RUN: verify --show-snippets false
// A method claims all returned objects are fresh, but one is an argument.
class C {}
method Make(c: C) returns (s: set<C>)
  ensures fresh(s)
{
  var d := new C;
  s := {c, d};
}

// CHECK-EXIT: 4
// CHECK: neg_fresh_set.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_fresh_set.dfy(5,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
