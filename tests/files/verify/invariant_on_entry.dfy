// RUN: verify --show-snippets false
method Count(n: nat) returns (i: int)
{
  i := 1;
  while i < n
    invariant 0 <= i <= n
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: invariant_on_entry.dfy(6,21): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
