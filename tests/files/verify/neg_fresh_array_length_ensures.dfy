// RUN: verify --show-snippets false
// A freshly allocated result whose length is promised wrong.
method Alloc(n: nat) returns (a: array<int>)
  ensures fresh(a) && a.Length == n + 1
{
  a := new int[n];
}

// CHECK-EXIT: 4
// CHECK: neg_fresh_array_length_ensures.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_fresh_array_length_ensures.dfy(4,31): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
