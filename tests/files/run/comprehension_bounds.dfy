// RUN: run --no-verify --allow-warnings --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings (it verifies there; dfyc's
// verifier does not handle let-such-that yet). Bounds as Dafny finds them: x == E, nat's 0,
// char, and for :| half-bounded and unbounded ints, searched in Dafny's order.
predicate Sorted(a: seq<int>)
{
  forall i: nat, j: nat :: i <= j < |a| ==> a[i] <= a[j]
}

predicate HasWindow(s: seq<int>, k: nat)
{
  exists i, j :: 0 <= i <= |s| - k && j == i + k && Sum(s[i..j]) == 10
}

function Sum(s: seq<int>): int
{
  if |s| == 0 then 0 else s[0] + Sum(s[1..])
}

function Half(n: nat): nat
  requires n % 2 == 0
{
  assert (n / 2) + (n / 2) == n;
  var h :| h + h == n; h
}

function Pairs(n: nat): set<(nat, nat)>
{
  set i: nat, j: nat | i < n && j < i :: (i, j)
}

datatype Color = Red | Green | Blue

function Id(c: char): char { c }

method Main()
{
  print Sorted([1, 2, 2, 5]), " ", Sorted([3, 1]), "\n";
  print HasWindow([1, 9, 3, 7, 2], 2), " ", HasWindow([1, 2, 3], 2), "\n";
  print Half(8), " ", Half(10), "\n";
  print Pairs(3), "\n";
  assert 6 >= 5 && 6 % 3 == 0;
  var n: int :| n >= 5 && n % 3 == 0;
  assert -4 < 0 && -4 % 4 == 0;
  var m: int :| m < 0 && m % 4 == 0;
  assert 7 * 7 == 49;
  var z: int :| z * z == 49;
  print n, " ", m, " ", z, "\n";
  var x, y :| 0 <= x && 0 <= y && x + y == 3 && x < y;
  print x, " ", y, "\n";
  assert 'a' <= 'b' && 'b' != 'a' && 'b' < 'c';
  var c: char :| 'a' <= c && c != 'a' && c < 'c';
  print c, "\n";
  var col: Color :| col != Red;
  print col, " ", forall k: Color :: k == Red || k == Green || k == Blue, "\n";
  print exists ch: char {:trigger Id(ch)} :: Id(ch) == 'q', "\n";
}

// CHECK-EXIT: 0
// CHECK: comprehension_bounds.dfy(55,18): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true false
// CHECK: true false
// CHECK: 4 5
// CHECK: {(1, 0), (2, 0), (2, 1)}
// CHECK: 6 -4 7
// CHECK: 0 3
// CHECK: 'b'
// CHECK: Color.Green true
// CHECK: true
