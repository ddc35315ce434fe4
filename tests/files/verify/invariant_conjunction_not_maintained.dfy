// RUN: verify --show-snippets false
method M(n: nat) returns (s: int)
{
  var i := 0;
  s := 0;
  while i < n
    invariant 0 <= i <= n && s == 2 * i
  {
    s := s + 3;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: invariant_conjunction_not_maintained.dfy(7,31): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
