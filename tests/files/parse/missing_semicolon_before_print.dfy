// RUN: resolve --show-snippets false
method Main() {
  var x := 1;
  x := x + 1
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: missing_semicolon_before_print.dfy(5,2): Error: invalid AssignStatement
// CHECK: 1 parse errors detected in missing_semicolon_before_print.dfy
