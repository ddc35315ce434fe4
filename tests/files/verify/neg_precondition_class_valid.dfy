// RUN: verify --show-snippets false
// A method of a class requires Valid(); the caller breaks it first.
class Counter {
  var count: int
  var limit: int
  predicate Valid()
    reads this
  {
    0 <= count <= limit
  }
  method Inc()
    requires Valid() && count < limit
    modifies this
    ensures Valid()
  {
    count := count + 1;
  }
}
method Use(c: Counter)
  requires c.Valid()
  modifies c
{
  c.Inc();
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_class_valid.dfy(23,7): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_class_valid.dfy(12,30): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
