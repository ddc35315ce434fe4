// RUN: verify --show-snippets false
method Sub(a: int, b: int) returns (c: int)
  requires a >= b
  ensures c >= 0
{
  c := a - b;
}
method Main() {
  var x := Sub(3, 7);
  print x, "\n";
}

// CHECK-EXIT: 4
// CHECK: method_precondition.dfy(9,14): Error: a precondition for this call could not be proved
// CHECK: method_precondition.dfy(3,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
