// RUN: verify --show-snippets false
// The accumulator starts at 1, so the invariant fails on entry.
method SumTo(n: nat) returns (s: int)
{
  s := 1;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant s == i * (i + 1) / 2
  {
    i := i + 1;
    s := s + i;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_entry_sum.dfy(9,16): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
