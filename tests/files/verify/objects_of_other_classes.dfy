// RUN: verify --allow-warnings --show-snippets false
// Objects of different classes differ (Dafny's dtype), whether they are parameters, fields
// or `this`; and fresh(S - {this}) is a fact about each member of S other than this, as
// Dafny's TrInSet rewrites it. Verdicts are Dafny 4.11's; the last method is wrong.
class Cell {
  var data: int
}

class Counter {
  ghost var Repr: set<object>
  var c: Cell

  constructor Init()
    ensures fresh(Repr) && this in Repr
  {
    c := new Cell;
    new;
    ghost var repr :| {this} <= repr && fresh(repr - {this});
    Repr := repr;
  }

  method Param(x: Cell)
    requires x in Repr
  {
    assert x in Repr - {this};
  }

  method Field()
    requires c in Repr
    modifies Repr - {this}
  {
    assert c in Repr - {this};
    c.data := 1;
  }

  method Same(x: Counter)
    requires x in Repr
  {
    assert x in Repr - {this};  // x may be this
  }
}

// CHECK-EXIT: 4
// CHECK: objects_of_other_classes.dfy(39,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
