// RUN: verify --show-snippets false
// The postcondition of a helper is too weak for the caller's assertion.
method Double(x: int) returns (y: int)
  ensures y >= x
{
  y := x + x;
}
method M() {
  var y := Double(3);
  assert y == 6;
}

// CHECK-EXIT: 4
// CHECK: neg_nested_method_calls_post.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_nested_method_calls_post.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK: neg_nested_method_calls_post.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
