// A chain of !! states that each pair of its operands is disjoint, and nothing more: it says
// nothing of an operand and itself, or of objects outside the sets. Expected output recorded from
// Dafny 4.11 (`dafny verify --show-snippets false`).
method Three(a: set<int>, b: set<int>, c: set<int>)
  requires a !! b !! c
  ensures a == {}
{
}

method Check(a: set<int>, b: set<int>, c: set<int>)
  requires a !! b
  requires b !! c
{
  assert a !! b !! c;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: disjoint_chain_errors.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: disjoint_chain_errors.dfy(6,12): Related location: this is the postcondition that could not be proved
// CHECK: disjoint_chain_errors.dfy(14,16): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
