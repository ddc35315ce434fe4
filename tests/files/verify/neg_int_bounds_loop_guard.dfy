// RUN: verify --show-snippets false
// A loop whose guard permits the last index to equal the length.
method Last(a: array<int>) returns (x: int)
  requires a.Length > 0
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
  {
    i := i + 1;
  }
  x := a[i];
}

// CHECK-EXIT: 4
// CHECK: neg_int_bounds_loop_guard.dfy(12,8): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
