// RUN: verify --show-snippets false
// A nat local is used before it is given a value.
method M() returns (r: nat)
{
  var n: nat;
  r := n + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_nat_local.dfy(6,7): Error: variable 'n', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
