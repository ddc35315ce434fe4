// RUN: resolve --show-snippets false
method M(x: bool) {
  assert x
}

// CHECK-EXIT: 2
// CHECK: assert_missing_semicolon.dfy(3,9): Error: expected either 'by' or a semicolon following the assert expression
// CHECK: 1 parse errors detected in assert_missing_semicolon.dfy
