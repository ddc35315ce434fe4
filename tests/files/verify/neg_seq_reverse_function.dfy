// RUN: verify --show-snippets false
// A reverse function with a postcondition about length off by one.
function Rev(s: seq<int>): (r: seq<int>)
  ensures |r| == |s| + 1
{
  if |s| == 0 then [] else Rev(s[1..]) + [s[0]]
}

// CHECK-EXIT: 4
// CHECK: neg_seq_reverse_function.dfy(6,19): Error: a postcondition could not be proved on this return path
// CHECK: neg_seq_reverse_function.dfy(4,14): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
