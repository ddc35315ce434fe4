// RUN: verify --show-snippets false
// A method's explicit int decreases clause may go below zero.
method Count(n: int)
  decreases n
{
  if n != 0 {
    Count(n - 1);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_decreases_bounded_method.dfy(7,9): Error: decreases expression must be bounded below by 0
// CHECK: neg_recursion_decreases_bounded_method.dfy(4,12): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
