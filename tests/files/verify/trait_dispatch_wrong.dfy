// RUN: verify --show-snippets false --allow-warnings
// Two classes implement a trait's function differently: a caller through the trait knows only
// the trait's contract, and which class's value the function has depends on the object.
trait Shape {
  function Sides(): nat reads this
}

class Triangle extends Shape {
  constructor () { }
  function Sides(): nat reads this { 3 }
}

class Square extends Shape {
  constructor () { }
  function Sides(): nat reads this { 4 }
}

method Count(s: Shape) returns (n: nat)
  ensures n == s.Sides()
{
  n := s.Sides();
  assert n == 3;  // wrong: a Square has 4
}

method Main() {
  var t := new Triangle();
  var q := new Square();
  var a := Count(t);
  var b := Count(q);
  assert a == 3 && b == 4;
  assert a == b;  // wrong
}

// CHECK-EXIT: 4
// CHECK: trait_dispatch_wrong.dfy(22,2): Error: assertion might not hold
// CHECK: trait_dispatch_wrong.dfy(31,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 2 errors
