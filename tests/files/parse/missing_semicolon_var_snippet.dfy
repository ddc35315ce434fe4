// RUN: resolve
method Main() {
  var x := 1
  var y := 2;
  print x + y, "\n";
}

// CHECK-EXIT: 2
// CHECK: missing_semicolon_var_snippet.dfy(4,2): Error: this symbol not expected in VarDeclStatement
// CHECK:   |
// CHECK: 4 |   var y := 2;
// CHECK:   |   ^
// CHECK:
// CHECK: 1 parse errors detected in missing_semicolon_var_snippet.dfy
