// RUN: verify --show-snippets false
method A(x: int) returns (y: int)
  ensures x > 0 ==> y > 0 && y < 10
{
  y := x;
  assert x > 5 ==> y > 6;
  assert x > 1 ==> (y > 0 ==> y > 3);
}

// CHECK-EXIT: 4
// CHECK: implication_split.dfy(4,0): Error: a postcondition could not be proved on this return path
// CHECK: implication_split.dfy(3,31): Related location: this is the postcondition that could not be proved
// CHECK: implication_split.dfy(6,21): Error: assertion might not hold
// CHECK: implication_split.dfy(7,32): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 3 errors
