// RUN: verify --show-snippets false
// A postcondition with an existential that the result does not satisfy.
method Make() returns (s: seq<int>)
  ensures exists i :: 0 <= i < |s| && s[i] == 3
{
  s := [1, 2, 4];
}

// CHECK-EXIT: 4
// CHECK: neg_method_exists_ensures.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_method_exists_ensures.dfy(4,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
