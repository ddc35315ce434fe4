// RUN: resolve --show-snippets false
method M() {
  var x :| x > 0
}

// CHECK-EXIT: 2
// CHECK: var_such_that_missing_semicolon.dfy(4,0): Error: this symbol not expected in VarDeclStatement
// CHECK: 1 parse errors detected in var_such_that_missing_semicolon.dfy
