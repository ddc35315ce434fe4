// RUN: verify --show-snippets false
// Generic classes with a field of the class at other type arguments (Store<seq<T>> in a
// Store<T>, Level<seq<T>> in a Level<T>, whose Valid asks the same of the level below): the heap
// has parts down to one level below the deepest instantiation the program names, and function
// instances deeper than that keep no axioms. Expected output checked against Dafny 4.11.
class Store<T> {
  var next: Store?<seq<T>>
  var val: T
  constructor (v: T) ensures next == null && val == v { next := null; val := v; }
  method Push(v: T) returns (s: Store<seq<T>>)
    modifies this
    ensures next == s && fresh(s) && s.val == [v] && val == old(val)
  {
    s := new Store([v]);
    next := s;
  }
}

method UseStore() {
  var s := new Store(3);
  var t := s.Push(4);
  assert s.next.val == [4];
  assert s.val == 3;
  var u := t.Push([5]);
  assert s.next.next.val == [[5]];
}

// A chain of levels, each holding sequences of the level above's elements, with a validity
// predicate that asks the same of the level below (at its own type arguments).
class Level<T> {
  ghost var Repr: set<object>
  var item: T
  var below: Level?<seq<T>>
  ghost predicate Valid()
    reads this, Repr
    decreases Repr
  {
    this in Repr &&
    (below != null ==>
      below in Repr && below.Repr <= Repr && this !in below.Repr && below.Valid())
  }
  constructor (x: T)
    ensures Valid() && fresh(Repr) && item == x && below == null
  {
    item := x;
    below := null;
    Repr := {this};
  }
  method Grow()
    requires Valid() && below == null
    modifies Repr
    ensures Valid() && below != null && below.item == [item] && fresh(Repr - old(Repr))
  {
    var l := new Level([item]);
    below := l;
    Repr := Repr + l.Repr;
  }
}

method UseLevel() {
  var l := new Level(1);
  l.Grow();
  assert l.Valid() && l.below.item == [l.item];
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
