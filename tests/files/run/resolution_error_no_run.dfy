// RUN: run --show-snippets false
method Main() {
  var x := 1;
  print "never printed\n";
  print x + y, "\n";
}

// CHECK-EXIT: 2
// CHECK: resolution_error_no_run.dfy(5,12): Error: unresolved identifier: y
// CHECK: 1 resolution/type errors detected in resolution_error_no_run.dfy
