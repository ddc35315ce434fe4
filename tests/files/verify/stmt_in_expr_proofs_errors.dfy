// RUN: verify --show-snippets false
// Proof statements in expressions that fail: an `assert e by` or a `calc` that does not hold
// where the expression is evaluated, what a `by` block proves beyond e (never kept), a call
// in a `by` block or a lemma call in an expression that may not terminate, an instance
// lemma's receiver and precondition. Expected output recorded from Dafny 4.11.
function P(x: int): bool

lemma {:axiom} MakeP(x: int)
  requires x > 0
  ensures P(x)

function NotProved(x: int): int {
  assert P(x) by {
  }
  x
}

function NotKept(x: int): int
  requires x > 0
{
  assert true by {
    MakeP(x);
  }
  assert P(x);
  x
}

function CalcStep(x: int): int {
  calc {
    x;
    == x + 1;
  }
  x
}

function CalcUnderGuard(x: int): int {
  if x > 0 then 1
  else
    calc ==> {
      true;
      x > 0;
    }
    0
}

function Loop(n: nat): nat {
  assert true by {
    var k := Loop(n);
  }
  0
}

function F(x: nat): nat
  ensures false
{
  L(x + 1);
  0
}

lemma L(n: nat)
  requires n >= 1
  ensures false
{
  var y := F(n - 1);
}

class C {
  var v: int
  lemma Positive()
    requires v > 0
    ensures v != 0
  {
  }
  function Inverse(): int
    reads this
  {
    Positive();
    10 / v
  }
}

function OfNull(c: C?): int
  reads c
{
  c.Positive();
  0
}

// CHECK-EXIT: 4
// CHECK: stmt_in_expr_proofs_errors.dfy(13,2): Error: assertion might not hold
// CHECK: stmt_in_expr_proofs_errors.dfy(24,2): Error: assertion might not hold
// CHECK: stmt_in_expr_proofs_errors.dfy(31,9): Error: the calculation step between the previous line and this line could not be proved
// CHECK: stmt_in_expr_proofs_errors.dfy(41,8): Error: the calculation step between the previous line and this line could not be proved
// CHECK: stmt_in_expr_proofs_errors.dfy(48,17): Error: cannot prove termination; try supplying a decreases clause
// CHECK: stmt_in_expr_proofs_errors.dfy(56,3): Error: cannot prove termination; try supplying a decreases clause
// CHECK: stmt_in_expr_proofs_errors.dfy(77,12): Error: a precondition for this call could not be proved
// CHECK: stmt_in_expr_proofs_errors.dfy(70,15): Related location: this is the precondition that could not be proved
// CHECK: stmt_in_expr_proofs_errors.dfy(85,2): Error: target object might be null
// CHECK: stmt_in_expr_proofs_errors.dfy(85,12): Error: a precondition for this call could not be proved
// CHECK: stmt_in_expr_proofs_errors.dfy(70,15): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 9 errors
