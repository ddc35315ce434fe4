// RUN: verify --show-snippets false --allow-warnings
// Dafny checks an asserted call of a predicate with a known body through the conjuncts of its
// body (recursively for predicates below it): each failing one is an error at the call, with a
// Related location. An assertion over a recursive function is reported at its expression.
function Sum(n: nat): nat { if n == 0 then 0 else n + Sum(n - 1) }
function Double(n: int): int { 2 * n }
predicate P(x: int) { x > 0 && x < 10 }
predicate Q(x: int) { x > 0 }
predicate R(s: seq<int>) { |s| > 0 && s[0] == 1 && Q(s[0]) }
method M1(x: int) {
  assert Sum(x) == 3;
}
method M2(x: int) {
  assert Double(x) == 3;
}
method M3(x: int) {
  assert P(x);
}
method M4(x: int) requires x > 0 {
  assert P(x);
}
method M5(s: seq<int>) {
  assert R(s);
}
method M6(x: int) {
  assert !Q(x);
}
method M7(x: int) {
  assert forall y :: 0 <= y < x ==> Sum(y) > 0;
}
method M8(x: int) {
  assert x > 0 ==> P(x);
}
method M9(x: int) {
  assert Q(x) && Sum(x) > 0;
}
method N1(x: int) returns (y: int) ensures P(y) { y := x; }
method N2(x: int) ensures P(x) { }
method N3(x: int) requires P(x) { }
method N4(x: int) { N3(x); }
method N5(x: int) {
  var i := x;
  while i < 10 invariant Q(i) { i := i + 1; }
}
method N6(x: int) {
  var i := 1;
  while i < 10 invariant P(i) { i := i + 2; }
}
method N7(s: seq<int>) requires |s| > 0 {
  assert R(s);
}
predicate B(x: int)
predicate Rec(x: nat) { x == 0 || Rec(x - 1) }
method I2(x: int) { assert x > 0 ==> B(x); }
method I3(x: nat) { assert x > 0 ==> Rec(x); }
method I4(x: int) { assert x > 0 ==> P(x); }
method I5(x: int) ensures x > 0 ==> P(x) { }
method I6(x: int) ensures x > 0 ==> B(x) { }
method I7(x: int) { assert x > 0 ==> (x > 1 ==> B(x)); }

// CHECK-EXIT: 4
// CHECK: inlined_predicates.dfy(11,13): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: inlined_predicates.dfy(11,16): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(14,2): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(17,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(7,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(17,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(20,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(23,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(9,31): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(23,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(9,43): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(23,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(9,52): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(8,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(26,2): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(29,9): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(32,20): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(35,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(8,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(35,24): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(37,48): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(37,44): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(7,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(37,48): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(37,44): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(38,31): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(38,27): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(7,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(38,31): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(38,27): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(40,22): Error: a precondition for this call could not be proved
// CHECK: inlined_predicates.dfy(39,28): Related location: this is the precondition that could not be proved
// CHECK: inlined_predicates.dfy(7,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(40,22): Error: a precondition for this call could not be proved
// CHECK: inlined_predicates.dfy(39,28): Related location: this is the precondition that could not be proved
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(43,26): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK: inlined_predicates.dfy(8,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(47,26): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(50,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(9,43): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(50,10): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(9,52): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(8,24): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(54,38): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(55,40): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(53,31): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(56,38): Error: assertion might not hold
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(57,41): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(57,37): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(7,33): Related location: this proposition could not be proved
// CHECK: inlined_predicates.dfy(58,41): Error: a postcondition could not be proved on this return path
// CHECK: inlined_predicates.dfy(58,37): Related location: this is the postcondition that could not be proved
// CHECK: inlined_predicates.dfy(59,49): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 30 errors
