// RUN: verify --show-snippets false
// Dynamic frames: Valid() recursive through next.Valid() (its default decreases is its reads
// clause), constructors that make their object fresh, and sets of objects in fields holding
// allocated objects.
class Node<T> {
  ghost var List: seq<T>
  ghost var Repr: set<Node<T>>
  var data: T
  var next: Node?<T>

  ghost predicate Valid()
    reads this, Repr
  {
    this in Repr &&
    (next == null ==> List == [data]) &&
    (next != null ==>
       next in Repr && next.Repr <= Repr && this !in next.Repr &&
       List == [data] + next.List && next.Valid())
  }

  constructor (d: T)
    ensures Valid() && fresh(Repr)
    ensures List == [d]
  {
    data, next := d, null;
    List, Repr := [d], {this};
  }

  constructor InitAsPredecessor(d: T, succ: Node<T>)
    requires succ.Valid()
    ensures Valid() && fresh(Repr - succ.Repr)
    ensures List == [d] + succ.List
  {
    data, next := d, succ;
    List := [d] + succ.List;
    Repr := {this} + succ.Repr;
  }

  ghost predicate Broken()
    reads this, Repr
  {
    next != null && next.Broken()
  }
}

class {:autocontracts} Counter {
  var n: nat
  ghost predicate Valid() { n <= 100 }
  constructor ()
    ensures n == 0
  {
    n := 0;
  }
}

// CHECK-EXIT: 4
// CHECK: class_dynamic_frames.dfy(42,31): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
