// RUN: verify --show-snippets false
// The length of a concatenation is off.
method M(a: seq<int>, b: seq<int>)
  requires |a| > 0
{
  var c := a + b;
  assert |c| > |b| + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_concat_length.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
