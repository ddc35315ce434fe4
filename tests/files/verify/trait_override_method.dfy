// RUN: verify --show-snippets false --allow-warnings
trait Shape {
  var area: int
  function Size(): int reads this
  method Grow(k: int) returns (r: int)
    requires k > 0
    modifies this
    ensures r > k
    ensures area == old(area) + k
}
class Square extends Shape {
  var side: int
  constructor (s: int) ensures side == s && area == s * s { side := s; area := s * s; }
  function Size(): int reads this { side }
  method Grow(k: int) returns (r: int)
    requires k > -1
    modifies this
    ensures r > k + 1
    ensures area == old(area) + k
  {
    area := area + k;
    r := k + 2;
  }
}
class Bad extends Shape {
  constructor () { }
  function Size(): int reads this { 3 }
  method Grow(k: int) returns (r: int)
    requires k > 5
    modifies this
    ensures r >= k
  {
    r := k;
  }
}
method Use(s: Shape)
  modifies s
{
  var r := s.Grow(3);
  assert r > 3;
  assert s.area == old(s.area) + 3;
}
method Main() {
  var q := new Square(2);
  var t: Shape := q;
  var r := t.Grow(1);
  assert q.area == 5;
}

// CHECK-EXIT: 4
// CHECK: trait_override_method.dfy(28,9): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: trait_override_method.dfy(28,9): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: trait_override_method.dfy(28,9): Error: the method must provide an equal or more permissive precondition than in its parent trait
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 3 errors
