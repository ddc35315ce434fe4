// RUN: verify --show-snippets false
// The callee needs a non-empty array; the caller passes one of unknown length.
method First(a: array<int>) returns (x: int)
  requires a.Length > 0
{
  x := a[0];
}
method Caller(a: array<int>) returns (y: int) {
  y := First(a);
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_array_nonempty.dfy(9,12): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_array_nonempty.dfy(4,20): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
