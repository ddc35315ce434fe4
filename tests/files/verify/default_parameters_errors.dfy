// RUN: verify --show-snippets false
// Default parameter values that are not well formed (checked once, in the callee, before its
// preconditions are assumed), and calls whose omitted or named arguments make an assertion or
// a precondition fail. Expected output recorded from Dafny 4.11.
method M(x: int, y: int := x + 1) returns (r: int)
  requires y > x
  ensures r == x + y
{
  r := x + y;
}

function F(a: int, b: bool := a > 0): int {
  if b then a else -a
}

function Later(x: int := y * 2, y: int := 3): int { x + y }

method Wrong0() {
  var r := M(3);
  assert r == 8;
}

method Wrong1() {
  var s := M(3, 2);
}

method Wrong2() {
  var t := M(y := 5, x := 1);
  assert t == 7;
}

method Wrong3() {
  assert F(-3) == -3;
}

method Wrong4() {
  assert F(b := true, a := -2) == 2;
}

method Wrong5() {
  assert Later(y := 1) == 4;
}

method Division(x: int, y: int := 10 / x)
  requires x != 0

function Sub(x: int, y: nat := x): int

method Named(x: nat, y: int := 0)

method NamedWrong() {
  Named(y := 2, x := -1);
}

class C {
  var f: int
  var a: array<int>
  function NoReads(d: int := f): int
  function ArrayRead(d: int := if a.Length > 0 then a[0] else 0): int reads this
  function Get(d: int := f): int reads this { d }
}

class D {
  var f: int
  method UseOther(c: C)
    requires c.f == 1 && f == 2
  {
    // The default's `this` is the callee's receiver c, not the caller's.
    assert c.Get() == 2;
  }
}

function R(n: nat := R(0)): nat { n }

function A(x: nat := B()): nat
function B(): nat decreases 1 { A(0) }

datatype P<T> = P(a: T, b: int)

method GenericNamed() {
  var p: P<nat> := P(b := 5, a := -1);
}

class Cell {
  var v: int
  constructor (x: int, y: int := x * 2)
    ensures v == x + y
  {
    v := x + y;
  }
}

method Constructors() {
  var c := new Cell(3);
  assert c.v == 6;
}

// CHECK-EXIT: 4
// CHECK: default_parameters_errors.dfy(20,2): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(24,12): Error: a precondition for this call could not be proved
// CHECK: default_parameters_errors.dfy(6,13): Related location: this is the precondition that could not be proved
// CHECK: default_parameters_errors.dfy(29,2): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(33,2): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(37,2): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(41,2): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(44,37): Error: possible division by zero
// CHECK: default_parameters_errors.dfy(47,31): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: default_parameters_errors.dfy(52,21): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: default_parameters_errors.dfy(58,29): Error: insufficient reads clause to read field; Mutable fields cannot be accessed within certain scopes, such as default values, the right-hand side of constants, or co-recursive calls
// CHECK: default_parameters_errors.dfy(59,53): Error: insufficient reads clause to read array element; Array elements cannot be accessed within certain scopes, such as default values, the right-hand side of constants, or co-recursive calls
// CHECK: default_parameters_errors.dfy(69,4): Error: assertion might not hold
// CHECK: default_parameters_errors.dfy(73,22): Error: default-value expression is not allowed to involve recursive or mutually recursive calls
// CHECK: default_parameters_errors.dfy(75,22): Error: default-value expression is not allowed to involve recursive or mutually recursive calls
// CHECK: default_parameters_errors.dfy(81,34): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: default_parameters_errors.dfy(95,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 16 errors
