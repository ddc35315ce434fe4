// RUN: resolve --show-snippets false
method M() {
  var x: int; x :| x > 0
}

// CHECK-EXIT: 2
// CHECK: such_that_missing_semicolon.dfy(4,0): Error: invalid AssignStatement
// CHECK: 1 parse errors detected in such_that_missing_semicolon.dfy
