// RUN: verify --show-snippets false --allow-warnings
// fresh(S - old(S)) carried through two calls that each grow S with fresh objects: the
// callee's frame check and the caller's postcondition (dafny1 Queue's Rotate). Wrong: a
// caller that adds an object it was given. Expected output recorded from Dafny 4.11.
class C {
  ghost var footprint: set<object>
  ghost predicate Valid() reads this, footprint { this in footprint }
  method Shrink()
    requires Valid()
    modifies footprint
    ensures Valid() && fresh(footprint - old(footprint))
  method Grow()
    requires Valid()
    modifies footprint
    ensures Valid() && fresh(footprint - old(footprint))
  method Rotate()
    requires Valid()
    modifies footprint
    ensures Valid() && fresh(footprint - old(footprint))
  {
    Shrink();
    Grow();
  }
  method Adopt(o: object)
    requires Valid()
    modifies footprint, this
    ensures Valid() && fresh(footprint - old(footprint))
  {
    Grow();
    footprint := footprint + {o};
  }
}

// CHECK-EXIT: 4
// CHECK: fresh_through_calls.dfy(11,20): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: fresh_through_calls.dfy(15,20): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: fresh_through_calls.dfy(28,2): Error: a postcondition could not be proved on this return path
// CHECK: fresh_through_calls.dfy(27,23): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
