// RUN: verify --show-snippets false
// Dafny proves that some value satisfies a such-that predicate by guessing witnesses: the
// type's zero, false and true, an integer's bounds from the predicate, a value the variable
// equals, a display's elements. Verdicts and positions are Dafny 4.11's. (dfyc guesses an
// integer from bounds only when the predicate has no trigger, but from a display always: Dafny
// rewrites y in {1, 2} to y == 1 || y == 2, which has no trigger.)
method Between() {
  var x :| x > 3 && x < 5;
  assert x == 4;
}

method Equal() {
  var x: int :| x == 7;
  assert x == 7;
}

method Bool() {
  var b :| b;
  assert b;
}

method InDisplay() {
  var y :| y in {1, 2} && y > 1;
  assert y == 2;
}

ghost function Above(n: int): int {
  var m :| m > n; m
}

method Empty() {
  var x: int :| x > 3 && x < 4;  // no integer
}

method Two() {
  var x, y :| x > 3 && y == x + 1;  // y's guess x + 1 takes x's guess 4
  assert y > 4;
}

method Assign(n: nat) {
  var k: int;
  k :| k <= n && k >= n;
  assert k == n;
}

// CHECK-EXIT: 4
// CHECK: such_that_witness_guesses.dfy(32,13): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 1 error
