// RUN: verify --allow-warnings --show-snippets false
// Elements of multi-dimensional arrays: a quantifier over a[i, j] is triggered on the element
// (not on the row select(select(heap, a), i), which is no term of Dafny's), and two elements
// assigned at once are the same location only when every index agrees. Dafny 4.11 prints the
// same (5 verified, 1 error).
method Sum(a: array2<int>, b: array2<int>) returns (c: array2<int>)
  requires a.Length0 == b.Length0 && a.Length1 == b.Length1
  ensures c.Length0 == a.Length0 && c.Length1 == a.Length1
  ensures forall i, j :: 0 <= i < c.Length0 && 0 <= j < c.Length1 ==> c[i, j] == a[i, j] + b[i, j]
{
  c := new int[a.Length0, a.Length1];
  var i := 0;
  while i < a.Length0
    invariant 0 <= i <= a.Length0
    invariant forall i', j :: 0 <= i' < i && 0 <= j < c.Length1 ==> c[i', j] == a[i', j] + b[i', j]
  {
    var j := 0;
    while j < a.Length1
      invariant 0 <= j <= a.Length1
      invariant forall i', j' :: 0 <= i' < i && 0 <= j' < c.Length1 ==> c[i', j'] == a[i', j'] + b[i', j']
      invariant forall j' :: 0 <= j' < j ==> c[i, j'] == a[i, j'] + b[i, j']
    {
      c[i, j] := a[i, j] + b[i, j];
      j := j + 1;
    }
    i := i + 1;
  }
}

method MirrorRow(m: array2<int>, r: int)
  requires 0 <= r < m.Length0
  modifies m
{
  var b := 0;
  while b < m.Length1 / 2 {
    m[r, m.Length1 - 1 - b], m[r, b] := m[r, b], m[r, m.Length1 - 1 - b];
    b := b + 1;
  }
}

method SameRowTwice(m: array2<int>, r: int, c: int, d: int)
  requires 0 <= r < m.Length0 && 0 <= c < m.Length1 && 0 <= d < m.Length1
  modifies m
{
  m[r, c], m[r, d] := 1, 2;
}
// CHECK-EXIT: 4
// CHECK: array2_elements.dfy(45,12): Error: when left-hand sides m[r, d] and m[r, c] refer to the same location, they must be assigned the same value
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
