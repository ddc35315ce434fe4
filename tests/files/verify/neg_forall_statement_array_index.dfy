// RUN: verify --show-snippets false
// The forall statement's range lets the index reach the length.
method M(a: array<int>)
  modifies a
{
  forall i | 0 <= i <= a.Length {
    a[i] := 0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_forall_statement_array_index.dfy(7,5): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
