// RUN: verify --show-snippets false
// var x :| P(x); E in expressions: Dafny's deterministic choice, and the existence check.
// Expected output recorded from Dafny 4.11.
ghost function Pick(s: set<int>): int
  requires s != {}
{
  var x :| x in s; x
}

lemma PickIn(s: set<int>)
  requires s != {}
  ensures Pick(s) in s
{
}

ghost function SetSum(s: set<nat>): nat
{
  if s == {} then 0 else var x :| x in s; x + SetSum(s - {x})
}

ghost function Bad(s: set<int>): int
{
  var x :| x in s; x
}

// CHECK-EXIT: 4
// CHECK: let_such_that.dfy(23,2): Error: cannot establish the existence of LHS values that satisfy the such-that predicate
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
