// RUN: verify --show-snippets false
// Higher-order functions over sequences (generic), composition, lambdas capturing locals.
// Expected output recorded from Dafny 4.11.
function Map<T, U>(f: T -> U, s: seq<T>): seq<U>
  ensures |Map(f, s)| == |s|
  ensures forall i :: 0 <= i < |s| ==> Map(f, s)[i] == f(s[i])
{
  if |s| == 0 then [] else [f(s[0])] + Map(f, s[1..])
}

function Filter<T>(p: T -> bool, s: seq<T>): seq<T>
  ensures forall x :: x in Filter(p, s) ==> p(x)
{
  if |s| == 0 then [] else if p(s[0]) then [s[0]] + Filter(p, s[1..]) else Filter(p, s[1..])
}

function Compose(f: int -> int, g: int -> int): int -> int {
  x => f(g(x))
}

function Double(x: int): int { 2 * x }

method Test(k: int) {
  var s := [1, 2, 3];
  var t := Map(x => x + k, s);
  assert t[1] == 2 + k;
  var d := Map(Double, s);
  assert d[2] == 6;
  var h := Compose(Double, y => y + 1);
  assert h(4) == 10;
  var evens := Filter(x => x % 2 == 0, [1, 2, 3, 4]);
  assert forall x :: x in evens ==> x % 2 == 0;
  var safe := (x: int) requires x != 0 => 100 / x;
  assert safe.requires(5);
  assert safe(5) == 20;
}

method Bad(f: int --> nat) returns (r: nat)
  requires forall x :: f.requires(x)
{
  r := f(3);
  var g: nat -> int := x => x - 1;
  assert g(0) == -1;
  assert g(1) == 1;
}

// CHECK-EXIT: 4
// CHECK: function_values_higher_order.dfy(44,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
