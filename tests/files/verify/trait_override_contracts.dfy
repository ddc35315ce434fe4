// RUN: verify --show-snippets false --allow-warnings
trait T {
  var x: int
  var y: int
  function F(n: int): int
    requires n > 0
    reads this
    ensures F(n) > n
  predicate Valid() reads this
  method M(a: int) returns (r: int)
    requires Valid()
    modifies this
    ensures Valid() && r == a
  method N(k: nat)
    modifies {}
    decreases k
}
class C extends T {
  var z: int
  function F(n: int): int
    requires n > 1
    reads this, {}
    ensures F(n) >= n
  { n + 1 }
  predicate Valid() reads this { x > 0 }
  method M(a: int) returns (r: int)
    requires Valid()
    modifies this
    ensures Valid() && r == a
  { r := a; }
  method N(k: nat)
    modifies this
    decreases k + 1
  { }
}
class D extends T {
  var o: D?
  function F(n: int): int
    requires n > 0
    reads this, o
  { n + 1 }
  predicate Valid() reads this { x > 0 }
  method M(a: int) returns (r: int)
    requires Valid() && a > 0
    modifies this
    ensures r == a
  { r := a; }
  method N(k: nat)
    decreases k
  { }
}

// CHECK-EXIT: 4
// CHECK: trait_override_contracts.dfy(20,11): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK: trait_override_contracts.dfy(20,11): Error: the function must provide an equal or more permissive precondition than in its parent trait
// CHECK: trait_override_contracts.dfy(31,9): Error: method's (possibly automatically generated) decreases clause must be below or equal to that in the trait
// CHECK: trait_override_contracts.dfy(38,11): Error: function's (possibly automatically generated) decreases clause must be below or equal to that in the trait
// CHECK: trait_override_contracts.dfy(38,11): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK: trait_override_contracts.dfy(43,9): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: trait_override_contracts.dfy(43,9): Error: the method must provide an equal or more permissive precondition than in its parent trait
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 7 errors
