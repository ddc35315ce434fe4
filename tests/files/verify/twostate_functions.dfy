// RUN: verify --show-snippets false --allow-warnings
// Two-state functions, predicates and lemmas: old(...) in them is the caller's previous state
// (a method's entry), and their arguments must have been allocated in it.
class Cell {
  var v: int
}

twostate predicate Grew(c: Cell)
  reads c
{
  old(c.v) <= c.v
}

twostate function Delta(c: Cell): int
  reads c
{
  c.v - old(c.v)
}

twostate predicate Preserved(a: array<int>, lo: nat, hi: nat)
  reads a
  requires lo <= hi <= a.Length
{
  multiset(a[lo..hi]) == multiset(old(a[lo..hi]))
}

method Inc(c: Cell)
  modifies c
  ensures Grew(c)
  ensures Delta(c) == 1
{
  c.v := c.v + 1;
}

method Twice(c: Cell)
  modifies c
  ensures Delta(c) == 2
{
  Inc(c);
  Inc(c);
}

method Swap(a: array<int>, i: nat, j: nat)
  requires i < a.Length && j < a.Length
  modifies a
  ensures Preserved(a, 0, a.Length)
{
  a[i], a[j] := a[j], a[i];
}

twostate lemma DeltaGrew(c: Cell)
  requires Delta(c) >= 0
  ensures Grew(c)
{}

method UseLemma(c: Cell)
  modifies c
{
  c.v := c.v + 5;
  DeltaGrew(c);
  assert old(c.v) <= c.v;
}

twostate function Current(new c: Cell): int
  reads c
{
  c.v
}

method Fresh() {
  var d := new Cell;
  d.v := 3;
  ghost var x := Current(d);
  assert x == 3;
}


// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 14 verified, 0 errors
