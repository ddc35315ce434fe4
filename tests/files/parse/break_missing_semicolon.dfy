// RUN: resolve --show-snippets false
method M() {
  break
}

// CHECK-EXIT: 2
// CHECK: break_missing_semicolon.dfy(4,0): Error: invalid BreakOrContinueStmt
// CHECK: 1 parse errors detected in break_missing_semicolon.dfy
