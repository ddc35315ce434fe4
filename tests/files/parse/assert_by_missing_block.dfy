// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  assert x == x by;
}

// CHECK-EXIT: 2
// CHECK: assert_by_missing_block.dfy(4,18): Error: lbrace expected
// CHECK: 1 parse errors detected in assert_by_missing_block.dfy
