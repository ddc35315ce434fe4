// RUN: resolve --show-snippets false
method M() {
  var (a, b) := ;
}

// CHECK-EXIT: 2
// CHECK: var_pattern_missing_rhs.dfy(3,16): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in var_pattern_missing_rhs.dfy
