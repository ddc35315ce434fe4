// RUN: verify --show-snippets false
// A generic method claims the result is in the sequence, but it may be empty.
method Pick<T>(s: seq<T>, d: T) returns (x: T)
  ensures x in s
{
  if |s| > 0 { x := s[0]; } else { x := d; }
}

// CHECK-EXIT: 4
// CHECK: neg_generic_postcondition.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_generic_postcondition.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
