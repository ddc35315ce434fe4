// RUN: verify --show-snippets false
// The body adds the wrong term, so the closed-form invariant is not maintained.
method SumTo(n: nat) returns (s: int)
{
  s := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant s == i * (i + 1) / 2
  {
    i := i + 1;
    s := s + i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_maintained_sum.dfy(9,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
