// RUN: verify --show-snippets false
// Converting an array to a sequence; the asserted element is wrong.
method M(a: array<int>)
  requires a.Length == 3 && a[0] == 1 && a[1] == 2 && a[2] == 3
{
  var s := a[..];
  assert s == [1, 2, 3];
  assert s[1..] == [2, 2];
}

// CHECK-EXIT: 4
// CHECK: neg_array_to_seq.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
