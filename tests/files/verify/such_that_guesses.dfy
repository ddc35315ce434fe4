// RUN: verify --show-snippets false
// The existence of such-that values, with Dafny's guessed witnesses (GenerateAndCheckGuesses):
// false and true for a bool, 0 and the bounds the predicate gives an integer, a later
// variable's guess substituted before an earlier one's. Expected output recorded from Dafny 4.11.
ghost predicate LetInQuantifier(P: int -> bool) {
  forall x :: 0 <= x && P(x) ==> var bigger :| x <= bigger; 0 <= bigger
}

method Above(y: int) {
  var b :| y < b;
  assert b > y;
}

method Below(y: int) {
  var b :| b <= y - 3 && b != y;
  assert b < y;
}

method Bool() {
  var t :| t;
  assert t;
}

ghost function Next(y: int): int {
  var z :| z == y + 1; z
}

ghost function Pair(y: int): int {
  var a, b :| a == y && b > a; b - a
}

method Empty(y: int) {
  var b :| y < b && b < y + 1;
}

method NegativeNat() {
  var n: nat :| n <= -1;
}

ghost function Contradiction(y: int): int {
  var z :| z > y && z < y; z
}

// CHECK-EXIT: 4
// CHECK: such_that_guesses.dfy(33,8): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: such_that_guesses.dfy(37,13): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: such_that_guesses.dfy(41,2): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 3 errors
