// RUN: verify --show-snippets false
// The loop modifies an array the method may not modify.
method M(a: array<int>, b: array<int>)
  modifies a
{
  var i := 0;
  while i < a.Length && i < b.Length
  {
    b[i] := a[i];
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_modifies_frame.dfy(9,5): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
