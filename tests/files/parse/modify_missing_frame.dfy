// RUN: resolve --show-snippets false
method M() {
  modify ;
}

// CHECK-EXIT: 2
// CHECK: modify_missing_frame.dfy(3,9): Error: invalid ModifyStmt
// CHECK: 1 parse errors detected in modify_missing_frame.dfy
