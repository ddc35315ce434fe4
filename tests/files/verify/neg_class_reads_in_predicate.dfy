// RUN: verify --show-snippets false --allow-warnings
// A predicate reads a field of an object outside its reads clause.
class Pair {
  var a: int
  var b: Pair?
  predicate Ok()
    reads this
  {
    b != null ==> b.a > a
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_reads_in_predicate.dfy(9,20): Error: insufficient reads clause to read field; Consider adding 'reads b' or 'reads b`a' in the enclosing predicate specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
