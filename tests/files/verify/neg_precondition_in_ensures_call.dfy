// RUN: verify --show-snippets false
// A postcondition calls a method-like function whose precondition needs a guard.
function Head(s: seq<int>): int
  requires s != []
{
  s[0]
}
method Make(n: nat) returns (s: seq<int>)
  ensures Head(s) == 0
{
  s := seq(n, i => 0);
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_in_ensures_call.dfy(9,14): Error: function precondition could not be proved
// CHECK: neg_precondition_in_ensures_call.dfy(4,13): Related location: this proposition could not be proved
// CHECK: neg_precondition_in_ensures_call.dfy(10,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_precondition_in_ensures_call.dfy(9,18): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
