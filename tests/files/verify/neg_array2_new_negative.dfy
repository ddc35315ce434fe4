// RUN: verify --show-snippets false --allow-warnings
// A two-dimensional array allocated with a possibly negative dimension.
method M(n: int) returns (m: array2<int>)
{
  m := new int[2, n];
}

// CHECK-EXIT: 4
// CHECK: neg_array2_new_negative.dfy(5,18): Error: array size (dimension 1) might be negative
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
