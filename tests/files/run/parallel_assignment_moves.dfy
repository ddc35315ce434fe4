// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify parallel_assignment_moves.dfy
// A right-hand side that is a variable the statement assigns is moved, after the others.
class C { var f: int }
method Main() {
  var a, b := 0, 1;
  var i := 0;
  while i < 100 {
    a, b := b, a + b;
    i := i + 1;
  }
  print a, " ", b, "\n";
  var x, y := "x", "y";
  x, y := y, x;
  print x, y, "\n";
  var p, q := 1, 2;
  p, q := q, q;
  print p, " ", q, "\n";
  var c := new C;
  var s: seq<int> := [1];
  s, c.f := s + [2], |s|;
  print s, " ", c.f, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 354224848179261915075 573147844013817084101
// CHECK: yx
// CHECK: 2 2
// CHECK: [1, 2] 1
