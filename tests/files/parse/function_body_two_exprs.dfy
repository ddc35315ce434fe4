// RUN: resolve --show-snippets false
function F(): int {
  1 2
}

// CHECK-EXIT: 2
// CHECK: function_body_two_exprs.dfy(3,4): Error: rbrace expected
// CHECK: 1 parse errors detected in function_body_two_exprs.dfy
