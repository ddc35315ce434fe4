// RUN: resolve --show-snippets false
method M() {
  var x := 0;
  x := := 1;
}

// CHECK-EXIT: 2
// CHECK: assign_double_op.dfy(4,7): Error: invalid Rhs
// CHECK: 1 parse errors detected in assign_double_op.dfy
