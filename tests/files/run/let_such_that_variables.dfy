// RUN: run --no-verify --show-snippets false
// The left-hand sides of a let-such-that expression are variables (any other pattern is a
// parse error, parse/let_such_that_patterns): one named as a nullary constructor is a new
// variable, `_` a variable nothing reads, and several are searched together. The backend's
// gate "let-such-that expressions with patterns" is gone (unreachable). Expected output checked
// against Dafny 4.11 (`dafny run --no-verify`).
datatype Color = Red | Green
function F(): int { var Red :| Red == 3; Red }
function G(): int { var _: int :| true; 4 }
function H(): Color { var c: Color :| c != Red; c }
function Pair(s: set<int>): (int, int)
  requires exists a, b :: a in s && b in s && a < b
{
  var a, b :| a in s && b in s && a < b && (forall x :: x in s ==> a <= x && x <= b); (a, b)
}
method Main() {
  print F(), " ", G(), " ", H(), " ", Pair({5, 2, 9}), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 4 Color.Green (2, 9)
