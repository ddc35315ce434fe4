// RUN: verify --show-snippets false
// The array size may be negative.
method M(n: int) returns (a: array<int>)
{
  a := new int[n];
}

// CHECK-EXIT: 4
// CHECK: neg_array_new_negative_size.dfy(5,15): Error: array size might be negative
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
