// RUN: verify --show-snippets false
method Max(a: int, b: int) returns (m: int)
  ensures m >= a && m >= b
{
  if a > b {
    return b;
  }
  return b;
}

// CHECK-EXIT: 4
// CHECK: postcondition_explicit_return.dfy(6,4): Error: a postcondition could not be proved on this return path
// CHECK: postcondition_explicit_return.dfy(3,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
