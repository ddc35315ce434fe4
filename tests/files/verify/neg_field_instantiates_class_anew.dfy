// RUN: verify --show-snippets false
// Wrong claims about generic classes with a field of the class at other type arguments: a
// stored value one and two levels down, and an item a method may have changed. Expected
// output checked against Dafny 4.11.
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

method WrongValue() {
  var s := new Store(3);
  var t := s.Push(4);
  assert s.next.val == [5];
}

method WrongDeeper() {
  var s := new Store(3);
  var t := s.Push(4);
  var u := t.Push([5]);
  assert s.next.next.val == [[4]];
}

// Grow may change the item (its modifies clause holds the object): the claim about it fails.
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
  assert l.Valid() && l.below.item == [1];
}

// CHECK-EXIT: 4
// CHECK: neg_field_instantiates_class_anew.dfy(21,2): Error: assertion might not hold
// CHECK: neg_field_instantiates_class_anew.dfy(28,2): Error: assertion might not hold
// CHECK: neg_field_instantiates_class_anew.dfy(65,35): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 3 errors
