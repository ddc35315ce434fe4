// RUN: verify --show-snippets false
// Calling a method whose modifies clause names an object that may be null.
class Cell { var v: int }
method Set(c: Cell?)
  modifies c
{
  if c != null { c.v := 0; }
}
method M(c: Cell?)
{
  Set(c);
}

// CHECK-EXIT: 4
// CHECK: neg_modifies_null_frame.dfy(11,5): Error: call might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
