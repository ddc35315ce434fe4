// A chain of !! says that its operands are pairwise disjoint: a !! b !! c gives a !! c too.
// Std.Producers' DefaultForEach keeps its proof object valid across the producer's and the
// consumer's calls so (producer.Repr !! consumer.Repr !! totalActionProof.Repr). Expected output
// recorded from Dafny 4.11 (`dafny verify --show-snippets false`).
method Three(a: set<int>, b: set<int>, c: set<int>)
  requires a !! b !! c
  ensures a !! c && a !! b && b !! c
{
}

method Four(a: set<int>, b: set<int>, c: set<int>, d: set<int>, x: int)
  requires a !! b !! c !! d
  requires x in a
{
  assert x !in d && x !in c && x !in b;
}

class Cell {
  var v: int
  ghost var Repr: set<object>
  constructor () {}
}

method Frame(p: Cell, q: Cell, r: Cell)
  requires p.Repr !! q.Repr !! r.Repr
  requires p in p.Repr && r in r.Repr
  modifies p.Repr
{
  var old_v := r.v;
  p.v := 5;
  assert r.v == old_v;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
