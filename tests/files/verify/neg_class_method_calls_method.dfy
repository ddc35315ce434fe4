// RUN: verify --show-snippets false
// A method of a class calls another whose precondition it does not establish.
class Stack {
  var items: seq<int>
  method Pop() returns (x: int)
    requires |items| > 0
    modifies this
  {
    x := items[|items| - 1];
    items := items[..|items| - 1];
  }
  method PopTwo() returns (x: int, y: int)
    requires |items| > 0
    modifies this
  {
    x := Pop();
    y := Pop();
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_method_calls_method.dfy(17,12): Error: a precondition for this call could not be proved
// CHECK: neg_class_method_calls_method.dfy(6,21): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
