// RUN: verify --show-snippets false
// A class with two constructors; the second does not establish the postcondition.
class Interval {
  var lo: int
  var hi: int
  constructor Unit(x: int)
    ensures lo == x && hi == x + 1
  {
    lo := x;
    hi := x + 1;
  }
  constructor Empty(x: int)
    ensures lo == x && hi == x
  {
    lo := x;
    hi := x - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_constructor_two_fields.dfy(14,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_constructor_two_fields.dfy(13,26): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
