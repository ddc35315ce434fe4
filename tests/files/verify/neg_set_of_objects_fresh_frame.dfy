// RUN: verify --show-snippets false
// Objects created in a loop are fresh, but the claim about the given object is not.
class Cell { var v: int constructor () { v := 0; } }
method M(given: Cell) returns (s: set<Cell>)
  ensures forall c :: c in s ==> fresh(c)
{
  s := {};
  var i := 0;
  while i < 3
    invariant forall c :: c in s ==> fresh(c)
  {
    var c := new Cell();
    s := s + {c};
    i := i + 1;
  }
  s := s + {given};
}

// CHECK-EXIT: 4
// CHECK: neg_set_of_objects_fresh_frame.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_set_of_objects_fresh_frame.dfy(5,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
