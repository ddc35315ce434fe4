// RUN: resolve --show-snippets false
method M() {
  M()
}

// CHECK-EXIT: 2
// CHECK: call_missing_semicolon.dfy(3,2): Error: missing semicolon at end of statement
// CHECK: 1 parse errors detected in call_missing_semicolon.dfy
