// RUN: verify --show-snippets false
// A partial function value is applied outside its precondition.
method M() {
  var f := (x: int) requires x != 0 => 100 / x;
  var a := f(5);
  var b := f(0);
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_partial_apply.dfy(6,11): Error: function precondition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
