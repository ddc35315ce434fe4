// RUN: verify --allow-warnings --show-snippets false
// A function's definition states that its let-such-that values satisfy their predicates where
// its body reaches them (Dafny's $let#canCall): the function's well-formedness check proved
// such values exist there. So `product` terminates (a is in s) and Pick's result is in s, but
// nothing is known where the body does not reach the let (Ok({}) is 0, not 1), and the
// existence itself is still checked. Dafny 4.11 prints the same (4 verified, 2 errors).
ghost function Pick(s: set<int>): int
  requires s != {}
{
  Largest(s);
  var x :| x in s && forall y :: y in s ==> y <= x; x
}
// (Proved elsewhere; taken as an axiom here.)
lemma {:axiom} Largest(s: set<int>)
  requires s != {}
  ensures exists x :: x in s && forall y :: y in s ==> y <= x

ghost function Product(s: set<int>): int {
  if s == {} then 1 else var a := Pick(s); a * Product(s - {a})
}
lemma PickIn(s: set<int>) requires s != {} ensures Pick(s) in s {}
ghost function Ok(s: set<int>): int {
  if s == {} then 0 else var x :| x in s && x > 0; x
}
lemma Uses() {
  assert Ok({}) == 0;
  assert Ok({}) == 1;
}
// CHECK-EXIT: 4
// CHECK: let_such_that_in_functions.dfy(23,25): Error: cannot establish the existence of LHS values that satisfy the such-that predicate
// CHECK: let_such_that_in_functions.dfy(27,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 2 errors
