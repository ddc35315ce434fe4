// RUN: verify --show-snippets false
method Abs(x: int) returns (r: int)
  ensures r >= 0
{
  if x < 0 { r := -x; } else { r := x - 1; }
}

// CHECK-EXIT: 4
// CHECK: postcondition.dfy(4,0): Error: a postcondition could not be proved on this return path
// CHECK: postcondition.dfy(3,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
