// RUN: verify --show-snippets false
// Max returns the wrong argument on one branch.
method Max(a: int, b: int) returns (m: int)
  ensures m >= a && m >= b
  ensures m == a || m == b
{
  if a > b {
    m := b;
  } else {
    m := b;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_max.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_max.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
