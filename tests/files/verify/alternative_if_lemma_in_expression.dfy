// RUN: verify --show-snippets false
method A(x: int) returns (y: int) ensures y >= 0 {
  if {
    case x > 0 => y := x;
    case x < 0 => y := -x;
  }
}
lemma L(x: int) requires x > 0 ensures x * x > 0 {}
function F(x: int): int { assert x * 0 == 0; L(1); x }
function G(x: int): int { L(x); x }

// CHECK-EXIT: 4
// CHECK: alternative_if_lemma_in_expression.dfy(3,2): Error: alternative cases may not cover all possibilities
// CHECK: alternative_if_lemma_in_expression.dfy(10,27): Error: a precondition for this call could not be proved
// CHECK: alternative_if_lemma_in_expression.dfy(8,27): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
