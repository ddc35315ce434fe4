// RUN: resolve --show-snippets false
method M(x: bool) {
  expect x
}

// CHECK-EXIT: 2
// CHECK: expect_missing_semicolon.dfy(4,0): Error: semicolon expected
// CHECK: 1 parse errors detected in expect_missing_semicolon.dfy
