// RUN: verify --show-snippets false
// Two-dimensional arrays: Length0/Length1, a[i, j] reads and writes, new with an initializer.
// Expected output recorded from Dafny 4.11.
method Fill(m: array2<int>, v: int)
  modifies m
  ensures forall i, j :: 0 <= i < m.Length0 && 0 <= j < m.Length1 ==> m[i, j] == v
{
  var i := 0;
  while i < m.Length0
    invariant 0 <= i <= m.Length0
    invariant forall r, c :: 0 <= r < i && 0 <= c < m.Length1 ==> m[r, c] == v
  {
    var j := 0;
    while j < m.Length1
      invariant 0 <= j <= m.Length1
      invariant forall r, c :: 0 <= r < i && 0 <= c < m.Length1 ==> m[r, c] == v
      invariant forall c :: 0 <= c < j ==> m[i, c] == v
    {
      m[i, j] := v;
      j := j + 1;
    }
    i := i + 1;
  }
}

method Make(n: nat) returns (m: array2<int>)
  ensures m.Length0 == n && m.Length1 == n + 1 && fresh(m)
  ensures forall i, j :: 0 <= i < n && 0 <= j < n + 1 ==> m[i, j] == i + j
{
  m := new int[n, n + 1]((i, j) => i + j);
}

method Bad(m: array2<int>)
  modifies m
{
  m[0, 0] := 1;
  var x := m[m.Length0 - 1, 2];
}

// CHECK-EXIT: 4
// CHECK: array2d.dfy(36,4): Error: index 0 out of range
// CHECK: array2d.dfy(36,7): Error: index 1 out of range
// CHECK: array2d.dfy(37,28): Error: index 1 out of range
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 3 errors
