// RUN: verify --show-snippets false
// The loop reads one element past the end of the array.
method Sum(a: array<int>) returns (s: int)
{
  s := 0;
  var i := 0;
  while i <= a.Length
    invariant 0 <= i <= a.Length + 1
  {
    s := s + a[i];
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_index_array_off_by_one.dfy(10,14): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
