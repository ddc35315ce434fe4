// RUN: verify --show-snippets false --allow-warnings
// Converting an int to nat with `as` needs the value to be non-negative.
method M(x: int) returns (n: nat)
  requires x > -3
{
  n := x as nat;
}

// CHECK-EXIT: 4
// CHECK: neg_int_as_nat.dfy(6,9): Error: result of operation might violate subset type constraint for 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
