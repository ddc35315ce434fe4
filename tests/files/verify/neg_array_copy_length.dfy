// RUN: verify --show-snippets false
// Copying into a new array of the wrong length, then reading its last element as the old one.
method Copy(a: array<int>) returns (b: array<int>)
  requires a.Length > 0
  ensures b.Length == a.Length
{
  b := new int[a.Length - 1];
}

// CHECK-EXIT: 4
// CHECK: neg_array_copy_length.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_array_copy_length.dfy(5,19): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
