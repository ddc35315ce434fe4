// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11 (its PrecedenceLinter): an operand laid out to
// the left of where it starts draws "unusual indentation"; parentheses silence it.
predicate P(x: int)
predicate Q(x: int)
predicate R(x: int)
ghost predicate A(s: seq<int>) {
  forall i :: 0 <= i < |s| ==> P(i) &&
  Q(i)
}
ghost predicate B(s: seq<int>) {
  forall i :: 0 <= i < |s| ==> (P(i) &&
  Q(i))
}
ghost predicate C(x: int) {
  P(x) &&
  Q(x) ==> R(x)
}
ghost predicate D(x: int) {
  P(x) ==>
    Q(x) &&
  R(x)
}
function E(x: int): int {
  if x < 0 then 0 else x +
  1
}
function F(x: int): int {
  var y := x + 1; y +
  2
}
ghost predicate G(x: int) {
  exists y :: P(y) && Q(y) &&
    R(x)
}
ghost predicate H(x: int) {
  exists y :: P(y)
  && 0 <= y < x
}
function I(x: option): int {
  match x
  case None => 0
  case Some(v) => v +
1
}
datatype option = None | Some(v: int)
ghost predicate J(s: seq<int>) {
  forall i ::
    0 <= i < |s| ==> P(s[i])
}
ghost predicate K(x: int) {
  forall i :: P(i) ==> Q(i) <==>
  R(i)
}
method M(x: int) {
  assert forall i :: P(i) ==>
  Q(i);
  var b := P(x) ==> Q(x) &&
  R(x);
}
ghost predicate L(a: int, b: int, c: int) {
  P(a) ==> a <
  b < c
}
ghost predicate N(b: bool, s: seq<int>) {
  !b ==> (forall u :: 0 <= u < |s| ==> s[u] > 0) &&
        (forall w :: 0 <= w < |s| ==> s[w] < 9)
}

// CHECK-EXIT: 0
// CHECK: unusual_indentation.dfy(8,27): Warning: unusual indentation in right-hand operand of ==> (which ends at line 9, column 6); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(17,7): Warning: unusual indentation in left-hand operand of ==> (which starts at line 16, column 3); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(20,7): Warning: unusual indentation in right-hand operand of ==> (which ends at line 22, column 6); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(25,2): Warning: unusual indentation in else branch of if-then-else (which ends at line 26, column 3); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(29,2): Warning: unusual indentation in body of let-expression (which ends at line 30, column 3); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(37,2): Warning: unusual indentation in body of exists (which ends at line 38, column 15); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(43,18): Warning: unusual indentation in case expression (which ends at line 44, column 1); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(58,16): Warning: unusual indentation in right-hand operand of ==> (which ends at line 59, column 6); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(62,7): Warning: unusual indentation in right-hand operand of ==> (which ends at line 63, column 7); do you perhaps need parentheses?
// CHECK: unusual_indentation.dfy(66,5): Warning: unusual indentation in right-hand operand of ==> (which ends at line 67, column 47); do you perhaps need parentheses?
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
