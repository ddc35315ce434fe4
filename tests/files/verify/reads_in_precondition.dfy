// RUN: verify --show-snippets false --allow-warnings
class C {
  // The reads checks of a precondition are made after assuming it, as Dafny does.
  ghost var Repr2: set<object>
  var x: int
  ghost var Repr: set<object>
  predicate Valid() reads this, Repr { x > 0 }
  function F(): int requires Valid() reads Repr { 1 }
  function G(): int reads Repr { if Valid() then 1 else 0 }
}

class {:autocontracts} D {
  var x: int
  ghost predicate Valid() { x > 0 }
  constructor () { x := 1; }
  function F(): int { 1 }  // requires Valid() (which reads this), reads Repr: this in Repr
}

// CHECK-EXIT: 4
// CHECK: reads_in_precondition.dfy(8,34): Error: insufficient reads clause to invoke function
// CHECK: reads_in_precondition.dfy(9,26): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`Repr' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 2 errors
