// RUN: resolve --show-snippets false
method M() {
  assert forall x: int :: ;
}

// CHECK-EXIT: 2
// CHECK: quantifier_missing_body.dfy(3,26): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in quantifier_missing_body.dfy
