// RUN: verify --show-snippets false
method Find(a: array<int>, key: int) returns (index: int)
  ensures 0 <= index ==> index < a.Length && a[index] == key
  ensures index < 0 ==> forall k :: 0 <= k < a.Length ==> a[k] != key
{
  index := 0;
  while index < a.Length
    invariant 0 <= index <= a.Length
    invariant forall k :: 0 <= k < index ==> a[k] != key
  {
    if a[index] == key { return; }
    index := index + 1;
  }
  index := -1;
}
method Fill(a: array<int>, v: int)
  modifies a
  ensures forall i :: 0 <= i < a.Length ==> a[i] == v
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall j :: 0 <= j < i ==> a[j] == v
  {
    a[i] := v;
    i := i + 1;
  }
}
method Swap(a: array<int>, i: int, j: int)
  requires 0 <= i < a.Length && 0 <= j < a.Length
  modifies a
  ensures a[i] == old(a[j]) && a[j] == old(a[i])
  ensures forall k :: 0 <= k < a.Length && k != i && k != j ==> a[k] == old(a[k])
{
  var t := a[i];
  a[i] := a[j];
  a[j] := t;
}
method Client() {
  var a := new int[3];
  a[0], a[1], a[2] := 1, 2, 3;
  Fill(a, 5);
  assert a[1] == 5;
  var b := new int[2](i => i * 2);
  assert b[1] == 2;
  Swap(a, 0, 1);
  assert a[..] == [5, 5, 5];
}
function Get(a: array<int>, i: int): int
  requires 0 <= i < a.Length
  reads a
{ a[i] }
method Bad(a: array<int>) {
  a[0] := 1;
}

// CHECK-EXIT: 4
// CHECK: array_basics.dfy(54,3): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK: array_basics.dfy(54,3): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 2 errors
