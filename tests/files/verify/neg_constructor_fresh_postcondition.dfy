// RUN: verify --show-snippets false
// A constructor's postcondition is about the state before the object was allocated: there the
// object is fresh. dfyc assumed it in the state after the allocation, where `fresh(this)` and
// `fresh(Repr)` with `this in Repr` are false, so every statement after such a `new` verified,
// `assert false` too. Expected output checked against Dafny 4.11.
class Fresh {
  var item: int
  constructor (x: int)
    ensures fresh(this) && item == x
  {
    item := x;
  }
}

class Owner {
  ghost var Repr: set<object>
  var item: int
  constructor (x: int)
    ensures this in Repr && fresh(Repr) && item == x
  {
    item := x;
    Repr := {this};
  }
  method Change()
    requires this in Repr
    modifies Repr
  {
  }
}

method AfterFresh() {
  var f := new Fresh(1);
  assert f.item == 1;
  assert false;
}

method AfterOwner() {
  var o := new Owner(1);
  assert fresh(o.Repr);
  o.Change();
  assert o.item == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_constructor_fresh_postcondition.dfy(34,2): Error: assertion might not hold
// CHECK: neg_constructor_fresh_postcondition.dfy(41,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
