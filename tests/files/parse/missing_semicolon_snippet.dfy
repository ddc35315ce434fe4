// RUN: resolve
method Main() {
  var x := 1;
  x := x + 1
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: missing_semicolon_snippet.dfy(5,2): Error: this symbol not expected in UpdateStmt
// CHECK:   |
// CHECK: 5 |   print x, "\n";
// CHECK:   |   ^^^^^
// CHECK:
// CHECK: 1 parse errors detected in missing_semicolon_snippet.dfy
