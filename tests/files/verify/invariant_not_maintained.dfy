// RUN: verify --show-snippets false
method Count(n: nat) returns (i: int)
{
  i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    i := i + 2;
  }
}

// CHECK-EXIT: 4
// CHECK: invariant_not_maintained.dfy(6,21): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
