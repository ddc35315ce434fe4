// RUN: resolve --show-snippets false
method M() {
  var s := set x | ;
}

// CHECK-EXIT: 2
// CHECK: set_comprehension_missing_range.dfy(3,19): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in set_comprehension_missing_range.dfy
