// RUN: verify --show-snippets false
// The loop's invariants are too weak to give the postcondition.
method Sum(n: nat) returns (s: nat)
  ensures s == n * (n + 1) / 2
{
  s := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    i := i + 1;
    s := s + i;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_invariant_implies_post.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_loop_invariant_implies_post.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
