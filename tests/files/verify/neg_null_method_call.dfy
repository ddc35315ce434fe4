// RUN: verify --show-snippets false --allow-warnings
// Calling a method on a possibly-null object.
class Counter {
  var n: int
  method Inc()
    modifies this
  {
    n := n + 1;
  }
}
method Use(c: Counter?)
  modifies c
{
  c.Inc();
}

// CHECK-EXIT: 4
// CHECK: neg_null_method_call.dfy(14,2): Error: target object might be null
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
