// RUN: verify --show-snippets false --allow-warnings
// A trait that redeclares a member of a trait it extends is checked against it, as a class's
// member is: B.M promises less than A.M, so that callers through A could prove false (Use;
// C.M returns -1). Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`).
trait A {
  method M(x: int) returns (r: int) ensures r > 0
}
trait B extends A {
  method M(x: int) returns (r: int) ensures r > -5
}
class C extends B {
  method M(x: int) returns (r: int) ensures r > -5 { r := -1; }
}
method Use(a: A) {
  var r := a.M(0);
  if r < 0 { assert false; }
}

// CHECK-EXIT: 4
// CHECK: neg_trait_redeclared_weaker.dfy(9,9): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
