// RUN: run --allow-warnings --show-snippets false
// Programs Dafny compiles that look as if they could not be: an if-then-else whose test is
// ghost, where one branch only recurses with the same compiled arguments (Dafny's ghost-ITE
// rule compiles the other branch alone), a condition on `f.requires` (ghost, so the statement
// is), and a forall bounded through its negated body (`x !in s` ranges over s). Expected output
// recorded from Dafny 4.11 (dafny run --allow-warnings compiled_corner_cases.dfy).
function F(x: nat, ghost y: nat): nat
{
  if x == 0 then
    0
  else if y != 0 then
    F(x, y - 1)
  else
    F(x - 1, 60) + 13
}

function G(x: nat, ghost y: nat): nat
{
  if x == 0 then
    0
  else if y != 0 then
    var z := x + x;
    var a, b, c := 100, if x < z then G(x, y - 1) else G(x, y - 1), 200;
    assert a + b + c == G(x, y - 1) + 300;
    b
  else
    G(x - 1, 60) + 13
}

function H(x: int, ghost y: nat): int {
  if y == 0 then x else H(x, y - 1)
}

function J(x: int): int {
  if true then x else J(x)
}

predicate Valid(x: int) { x > 0 }

function Dec(y: int): int
  requires Valid(y)
{
  y - 1
}

method Guarded(a: int) {
  if Dec.requires(a) {
    ghost var b := Dec(a);
  }
  print "guarded ", a, "\n";
}

predicate Closed(s: set<int>)
{
  forall x :: x !in s
}

predicate AllSmall(s: set<int>)
{
  forall x :: x > 10 ==> x !in s
}

method Main() {
  print F(5, 3), " ", G(5, 3), " ", H(65, 3), " ", J(65), "\n";
  Guarded(3);
  print Closed({}), " ", Closed({1}), " ", AllSmall({1, 2}), " ", AllSmall({1, 20}), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
// CHECK: 65 65 65 65
// CHECK: guarded 3
// CHECK: true false true false
