// RUN: verify --show-snippets false
// A method writes an array that is not in its modifies clause.
method Zero(a: array<int>)
  requires a.Length > 0
{
  a[0] := 0;
}

// CHECK-EXIT: 4
// CHECK: neg_modifies_array_missing.dfy(6,3): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
