// RUN: resolve --show-snippets false
method Main() {
  var x := Compute(3);
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: undeclared_method.dfy(3,11): Error: unresolved identifier: Compute
// CHECK: 1 resolution/type errors detected in undeclared_method.dfy
