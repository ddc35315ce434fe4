// RUN: verify --show-snippets false
method Gcd(a0: nat, b0: nat) returns (g: nat)
  requires a0 > 0 && b0 > 0
  ensures g > 0
{
  var a, b := a0, b0;
  while a != b
    invariant a > 0 && b > 0
    decreases a + b
  {
    if a > b {
      a := a - b;
    } else {
      b := b - a;
    }
  }
  g := a;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
