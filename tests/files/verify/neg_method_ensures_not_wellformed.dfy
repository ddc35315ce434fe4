// RUN: verify --show-snippets false
// A postcondition indexes the result without knowing its length.
method Make(n: nat) returns (s: seq<int>)
  ensures s[0] == 0
{
  s := [0] + seq(n, i => 1);
  s := s[1..];
}

// CHECK-EXIT: 4
// CHECK: neg_method_ensures_not_wellformed.dfy(4,11): Error: index out of range
// CHECK: neg_method_ensures_not_wellformed.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_method_ensures_not_wellformed.dfy(4,15): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
