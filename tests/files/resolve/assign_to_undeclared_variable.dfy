// RUN: resolve --show-snippets false
method Main() {
  var total := 0;
  totl := total + 1;
  print total, "\n";
}

// CHECK-EXIT: 2
// CHECK: assign_to_undeclared_variable.dfy(4,2): Error: unresolved identifier: totl
// CHECK: 1 resolution/type errors detected in assign_to_undeclared_variable.dfy
