// RUN: verify --show-snippets false
// The method promises a fresh array but returns its argument.
method Copy(a: array<int>) returns (b: array<int>)
  ensures fresh(b)
  ensures b.Length == a.Length
{
  b := a;
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_fresh.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_fresh.dfy(4,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
