// RUN: verify
method Inc(x: int) returns (y: int)
  ensures y > x
{
  y := x;
}

// CHECK-EXIT: 4
// CHECK: postcondition_snippet.dfy(4,0): Error: a postcondition could not be proved on this return path
// CHECK:   |
// CHECK: 4 | {
// CHECK:   | ^
// CHECK:
// CHECK: postcondition_snippet.dfy(3,12): Related location: this is the postcondition that could not be proved
// CHECK:   |
// CHECK: 3 |   ensures y > x
// CHECK:   |             ^
// CHECK:
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
