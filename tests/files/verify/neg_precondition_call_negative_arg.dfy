// RUN: verify --show-snippets false
// A caller passes a possibly negative value to a method that requires a non-negative one.
method Halve(x: int) returns (r: int)
  requires x >= 0
  ensures 2 * r <= x
{
  r := x / 2;
}
method Caller(y: int) {
  var h := Halve(y - 1);
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_call_negative_arg.dfy(10,16): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_call_negative_arg.dfy(4,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
