// RUN: verify --show-snippets false
method Clamp(x: int, lo: int, hi: int) returns (r: int)
  requires lo <= hi
  ensures lo <= r
  ensures r < hi
{
  r := x;
  if r < lo { r := lo; }
  if r > hi { r := hi; }
}

// CHECK-EXIT: 4
// CHECK: second_ensures_fails.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: second_ensures_fails.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
