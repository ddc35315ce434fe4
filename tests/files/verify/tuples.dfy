// RUN: verify --show-snippets false
function Swap(p: (int, int)): (int, int) { (p.1, p.0) }
method DivMod(a: int, b: int) returns (r: (int, int))
  requires b > 0
  ensures r.0 * b + r.1 == a
{
  r := (a / b, a % b);
}
method Test() {
  var t := (1, 2);
  assert Swap(t) == (2, 1);
  var (x, y) := Swap(t);
  assert x == 2 && y == 1;
  var q := DivMod(7, 2);
  assert q.0 * 2 + q.1 == 7;
  var z := match t case (a, b) => a + b;
  assert z == 3;
  assert t.0 == 2;
}

// CHECK-EXIT: 4
// CHECK: tuples.dfy(18,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
