// RUN: verify --show-snippets false
// Calling gcd with a zero argument it does not accept.
function Gcd(a: nat, b: nat): nat
  requires a > 0 && b > 0
  decreases a + b
{
  if a == b then a else if a > b then Gcd(a - b, b) else Gcd(a, b - a)
}
method M(x: nat) returns (g: nat) {
  g := Gcd(x, 12);
}

// CHECK-EXIT: 4
// CHECK: neg_gcd_precondition.dfy(10,10): Error: function precondition could not be proved
// CHECK: neg_gcd_precondition.dfy(4,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
