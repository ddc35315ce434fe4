// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var x: int;
  x :| 5;
}

// CHECK-EXIT: 2
// CHECK: such_that_non_bool_var.dfy(5,7): Error: type of RHS of assign-such-that statement must be boolean (got int)
// CHECK: 1 resolution/type errors detected in such_that_non_bool_var.dfy
