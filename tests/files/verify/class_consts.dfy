// RUN: verify --show-snippets false
// Consts of a class with values that need no object. Expected output recorded from Dafny 4.11.
class Park {
  const total: nat := 10
  static const limit: int := 7
  var cars: set<int>
  predicate Valid()
    reads this
  {
    |cars| <= total && limit < total
  }
  method Wrong()
    ensures total == 11
  {
  }
}

// CHECK-EXIT: 4
// CHECK: class_consts.dfy(14,2): Error: a postcondition could not be proved on this return path
// CHECK: class_consts.dfy(13,18): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
