// RUN: verify --show-snippets false
// The loop guard reads an array element that may be out of range.
method M(a: array<int>) {
  var i := 0;
  while a[i] != 0
    decreases a.Length - i
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_while_guard_index.dfy(5,9): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
