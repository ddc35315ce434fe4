// RUN: verify --show-snippets false
// A loop invariant that reads an array element outside the range.
method M(a: array<int>)
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant a[i] == a[i]
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_not_wellformed.dfy(8,15): Error: index out of range
// CHECK: neg_invariant_not_wellformed.dfy(8,23): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
