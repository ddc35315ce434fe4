// RUN: resolve --show-snippets false
method M(b: bool) {
  var x := if b then 1;
}

// CHECK-EXIT: 2
// CHECK: if_expr_missing_else.dfy(3,22): Error: else expected
// CHECK: 1 parse errors detected in if_expr_missing_else.dfy
