// RUN: verify --show-snippets false
// A while-true loop with a break; the post-loop claim misses a case.
method M(n: nat) returns (i: nat)
  ensures i == n
{
  i := 0;
  while true
    invariant i <= n
    decreases n - i
  {
    if i >= n - 1 { break; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_while_true_break.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_while_true_break.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
