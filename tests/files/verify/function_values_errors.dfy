// RUN: verify --show-snippets false
// Function values: partial and total arrows, lambdas, named functions as values, f.requires.
// Expected output recorded from Dafny 4.11.
function Apply(f: int --> int, x: int): int
{
  f(x)
}
function Twice(f: int -> int, x: int): int { f(f(x)) }
method M() {
  var g := (x: int) requires x > 0 => 10 / x;
  var h: int -> int := x => x + 1;
  assert h(3) == 4;
  assert Twice(h, 1) == 3;
  var k: int -> int := g;
  var y := g(0);
}
function Pos(x: int): nat requires x >= 0 { x }
method N() {
  var p := Pos;
  assert p(3) == 3;
  var q := p(-1);
  var r: int -> nat := x => x * x;
  assert forall x :: r(x) >= 0;
}

// CHECK-EXIT: 4
// CHECK: function_values_errors.dfy(6,2): Error: function precondition could not be proved
// CHECK: function_values_errors.dfy(14,23): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK: function_values_errors.dfy(21,11): Error: function precondition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
