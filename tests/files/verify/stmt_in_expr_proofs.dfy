// RUN: verify --show-snippets false
// Proof statements in expressions: `assert e by { S }` and `calc` are checked where the
// expression is evaluated (under its path condition), and their conclusions hold for the rest
// of the expression. Dafny 4.11 verifies it (5 verified).
function P(x: int): bool

lemma {:axiom} MakeP(x: int)
  requires x > 0
  ensures P(x)

function WithAssertBy(x: int): int
  requires x > 0
  ensures P(x)
{
  var y := x;
  assert P(y) by {
    MakeP(y);
  }
  x
}

function AllP(s: set<int>): bool
  requires forall x | x in s :: x > 0
  ensures forall x | x in s :: P(x)
{
  var t := s;
  assert forall x | x in t :: P(x) by {
    forall x | x in t ensures P(x) {
      MakeP(x);
    }
  }
  true
}

function Guarded(x: int): int
  ensures x > 0 ==> P(x)
{
  if x > 0 then
    calc ==> {
      x > 0;
      { MakeP(x); }
      P(x);
    }
    1
  else 0
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
