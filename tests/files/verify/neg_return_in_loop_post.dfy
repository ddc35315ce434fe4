// RUN: verify --show-snippets false
// A return inside a loop reaches the postcondition in a state it does not cover.
method Find(s: seq<int>, x: int) returns (i: int)
  ensures 0 <= i < |s| && s[i] == x
{
  i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
  {
    if s[i] == x { return; }
    i := i + 1;
  }
  i := 0;
}

// CHECK-EXIT: 4
// CHECK: neg_return_in_loop_post.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_return_in_loop_post.dfy(4,17): Related location: this is the postcondition that could not be proved
// CHECK: neg_return_in_loop_post.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_return_in_loop_post.dfy(4,31): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
