// RUN: verify --show-snippets false
// A sequence of nat is built from a possibly negative value.
method M(x: int) returns (s: seq<nat>)
  requires x > -5
{
  s := [0, x];
}

// CHECK-EXIT: 4
// CHECK: neg_nat_seq_element.dfy(6,7): Error: value of expression (of type 'seq<int>') is not known to be an instance of type 'seq<nat>'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
