// RUN: resolve --show-snippets false
method M() {
  x print 1;
}

// CHECK-EXIT: 2
// CHECK: expression_statement_missing_semicolon.dfy(3,2): Error: missing semicolon at end of statement
// CHECK: 1 parse errors detected in expression_statement_missing_semicolon.dfy
