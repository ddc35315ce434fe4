// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: the bodyless-ensures warning is at Dafny's token
// for the clause: the '(' of a parenthesized one, the first operator of a chain of
// comparisons; none for the clauses {:autocontracts} adds to a bodyless method.
method A(x: int, y: int, z: int)
  ensures x < y < z
  ensures (forall e: int {:trigger e + 1} :: e > 0)
  ensures (x + y) == z
  ensures ((x < y))
  ensures x < y <= z < 5
class {:autocontracts} Q {
  var x: int
  ghost predicate Valid() { x >= 0 }
  constructor () { x := 0; }
  method Bodyless()
    ensures x == 1
  method WithBody() ensures x == old(x) { }
}

// CHECK-EXIT: 0
// CHECK: bodyless_ensures_position.dfy(6,12): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: bodyless_ensures_position.dfy(7,10): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: bodyless_ensures_position.dfy(8,18): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: bodyless_ensures_position.dfy(9,10): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: bodyless_ensures_position.dfy(10,12): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: bodyless_ensures_position.dfy(16,14): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
