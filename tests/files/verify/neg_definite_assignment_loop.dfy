// RUN: verify --show-snippets false
// A local assigned only inside a loop body that may not run is read afterwards.
method M(n: nat) returns (r: int)
{
  var last: int;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    last := i;
    i := i + 1;
  }
  r := last;
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_loop.dfy(13,7): Error: variable 'last', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
