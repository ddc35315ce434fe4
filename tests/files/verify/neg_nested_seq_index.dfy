// RUN: verify --show-snippets false
// The inner index of a sequence of sequences may be out of range.
method M(rows: seq<seq<int>>, i: nat, j: nat) returns (x: int)
  requires i < |rows|
{
  x := rows[i][j];
}

// CHECK-EXIT: 4
// CHECK: neg_nested_seq_index.dfy(6,14): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
