// RUN: verify --show-snippets false
// The method promises to leave the array untouched but writes to it.
method Peek(a: array<int>) returns (x: int)
  requires a.Length > 0
  modifies a
  ensures a[..] == old(a[..])
{
  x := a[0];
  a[0] := x + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_unchanged_array.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_unchanged_array.dfy(6,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
