// RUN: verify --show-snippets false
// A conditional expression whose else branch breaks the assertion.
method M(x: int) {
  var y := if x > 0 then x else -x - 1;
  assert y >= 0;
}

// CHECK-EXIT: 4
// CHECK: neg_if_then_else_expr.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
