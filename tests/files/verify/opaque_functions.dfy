// RUN: verify --allow-warnings --show-snippets false
// Opaque functions and consts: a definition holds only on the paths through a `reveal`
// statement (assert-by proofs and calc hints keep theirs); postconditions always hold.
// Expected output is Dafny 4.11's (`dafny verify --allow-warnings --show-snippets false`).
opaque function F(): int { 1 }
opaque function Count(x: nat): nat { if x == 0 then 0 else 1 + Count(x - 1) }
function {:opaque} Inc(x: int): int { x + 1 }
opaque predicate Pos(x: int) { x > 0 }
opaque function Above(x: int): (r: int) ensures r > x { x + 1 }
opaque function Id<T>(x: T): T { x }
opaque const Seven: int := 7

method BothBranches(b: bool) {
  if b { reveal F(); } else { reveal F(); }
  assert F() == 1;
}
method OneBranch(b: bool) {
  if b { reveal F(); assert F() == 1; }
  assert F() == 1;  // error: revealed on one path only
}
method Hidden() {
  assert Count(3) == 3;  // error
}
method Revealed() {
  reveal Count();
  assert Count(3) == 3;
}
method Dafny3Attribute(x: int) {
  assert Inc(x) == x + 1;  // error
}
method Dafny3Reveal(x: int) {
  reveal_Inc();
  assert Inc(x) == x + 1;
}
method ByProof(x: int) requires x > 3 {
  assert Pos(x) by { reveal Pos(); }
  assert Pos(x);
  assert Pos(x + 1);  // error: the reveal stays in the proof
}
function UsesReveal(x: int): int {
  reveal Inc(); Inc(x)
}
lemma RevealInBodyStaysThere(x: int) ensures UsesReveal(x) == x + 1 {  // error
}
method RevealInExpression(x: int) {
  var y := (reveal Inc(); Inc(x));
  assert y == x + 1;
  assert Inc(x + 1) == x + 2;  // holds: the reveal was on this path
}
method Postcondition(x: int) {
  assert Above(x) > x;
  assert Above(x) == x + 1;  // error
}
method Literal() {
  assert Inc(3) == 4;  // error: literal arguments do not unfold either
}
method Generic() {
  assert Id(5) == 5;  // error
  reveal Id();
  assert Id(5) == 5 && Id(true);
}
method Const() {
  assert Seven > 0;  // error
  reveal Seven;
  assert Seven == 7;
}
method CalcHint(x: int) {
  calc {
    Inc(x);
  == { reveal Inc(); }
    x + 1;
  }
  assert Inc(x) == x + 1;
  assert Inc(x + 1) == x + 2;  // error
}
class Counter {
  var n: int
  opaque function Next(): int reads this { n + 1 }
  method Bump() modifies this ensures n == old(n) + 1 {
    reveal Next();
    n := Next();
  }
  method Wrong() modifies this ensures n == old(n) + 1 {
    n := Next();  // error: postcondition
  }
}

// CHECK-EXIT: 4
// CHECK: opaque_functions.dfy(19,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(22,18): Error: assertion might not hold
// CHECK: opaque_functions.dfy(29,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(38,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(43,68): Error: a postcondition could not be proved on this return path
// CHECK: opaque_functions.dfy(43,59): Related location: this is the postcondition that could not be proved
// CHECK: opaque_functions.dfy(52,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(55,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(58,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(63,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(74,2): Error: assertion might not hold
// CHECK: opaque_functions.dfy(83,55): Error: a postcondition could not be proved on this return path
// CHECK: opaque_functions.dfy(83,41): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 11 errors
