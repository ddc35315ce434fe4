// RUN: verify --show-snippets false
// Binding guards in if-case statements (`case x :| P => S`: x is chosen satisfying P, and the
// case may be taken when some x does) and while-case loops (Dafny allows no binding guards
// there). Expected output checked against Dafny 4.11.
datatype T = A(x: int) | B(y: int)

method Pick(s: set<int>) returns (r: int)
  requires s != {}
  ensures r in s
{
  if
  case x :| x in s && x > 10 => r := x;
  case x :| x in s => r := x;
}

method Classify(s: seq<T>) returns (k: int)
  ensures k == 0 ==> |s| == 0
  ensures k == 1 ==> exists t :: t in s && t.A? && t.x > 5
{
  if
  case |s| == 0 => k := 0;
  case t :| t in s && t.A? && t.x > 5 => k := 1;
  case t, u :| t in s && u in s && t.B? && u.B? && t.y < u.y =>
    assert t.y < u.y;
    k := 2;
  case |s| > 0 => k := 3;
}

method Drain(s: set<int>) returns (t: set<int>, n: nat)
  ensures t == {}
{
  t, n := s, 0;
  while
    decreases |t|
  {
    case t != {} =>
      var x :| x in t;
      t := t - {x};
      n := n + 1;
  }
}

method TwoCounters(n: nat) {
  var i, j := 0, 0;
  while
    invariant 0 <= i <= n && 0 <= j <= n
    decreases 2 * n - i - j
  {
    case i < n => i := i + 1;
    case j < n => j := j + 1;
  }
  assert i == n && j == n;
}

method Labelled(a: array<int>) returns (k: int)
  ensures 0 <= k <= a.Length
{
  k := 0;
  label L: while
    invariant 0 <= k <= a.Length
    decreases a.Length - k
  {
    case k < a.Length && a[k] == 0 => break L;
    case k < a.Length && a[k] != 0 => k := k + 1;
  }
}

method Heap(a: array<int>)
  modifies a
  ensures forall i :: 0 <= i < a.Length ==> a[i] == 0
{
  var k := 0;
  while
    invariant 0 <= k <= a.Length
    invariant forall i :: 0 <= i < k ==> a[i] == 0
    decreases a.Length - k
  {
    case k < a.Length => a[k] := 0; k := k + 1;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
