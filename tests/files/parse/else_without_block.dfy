// RUN: resolve --show-snippets false
method M(x: bool) {
  if x {
  } else
}

// CHECK-EXIT: 2
// CHECK: else_without_block.dfy(5,0): Error: invalid IfStmt
// CHECK: 1 parse errors detected in else_without_block.dfy
