// Arrays of arrays (and of objects): an element read is allocated and, for a non-null element
// type, not null; writes to an inner array change only it.
method SetElement(arr: array<array<nat>>, i: nat, j: nat, v: nat)
  requires i < arr.Length && j < arr[i].Length
  requires forall a, b :: 0 <= a < b < arr.Length ==> arr[a] != arr[b]
  modifies arr[i]
  ensures forall k :: 0 <= k < arr.Length ==> arr[k] == old(arr[k])
  ensures forall k, l :: 0 <= k < arr.Length && 0 <= l < arr[k].Length && (k != i || l != j) ==>
            arr[k][l] == old(arr[k][l])
  ensures arr[i][j] == v
{
  arr[i][j] := v;
}

method Rows(n: nat) returns (m: array<array<int>>)
  ensures m.Length == n && fresh(m)
  ensures forall i :: 0 <= i < n ==> m[i].Length == i && fresh(m[i])
{
  var e := new int[0];
  m := new array<int>[n](_ => e);
  var k := 0;
  while k < n
    invariant k <= n
    invariant forall i :: 0 <= i < k ==> m[i].Length == i && fresh(m[i])
    modifies m
  {
    m[k] := new int[k];
    k := k + 1;
  }
}

method Sum(m: array<array<nat>>) returns (s: nat)
{
  s := 0;
  for i := 0 to m.Length {
    for j := 0 to m[i].Length {
      s := s + m[i][j];
    }
  }
}

// A fresh array is none of the elements (which were allocated before).
method Fresh(m: array<array<int>>)
  requires m.Length > 0
{
  var a := new int[3];
  assert a != m[0];
}

// A call that modifies nothing keeps every element of every row.
method Keep(m: array<array<int>>)
  requires m.Length > 0 && m[0].Length > 0
{
  var x := m[0][0];
  Nothing();
  assert m[0][0] == x;
}

method Nothing() {}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
