// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  ghost var g := 1;
  expect g == 1;
}

// CHECK-EXIT: 2
// CHECK: expect_ghost_variable.dfy(5,9): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in expect_ghost_variable.dfy
