// RUN: verify --show-snippets false
// A set constrained to be non-empty is emptied.
type NESet = s: set<int> | s != {} witness {0}
method Remove(s: NESet, x: int) returns (t: NESet)
{
  t := s - {x};
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_set.dfy(6,9): Error: value does not satisfy the subset constraints of 'NESet'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
