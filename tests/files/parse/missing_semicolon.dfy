// RUN: resolve --show-snippets false
method Main() {
  var x := 1
  var y := 2;
  print x + y, "\n";
}

// CHECK-EXIT: 2
// CHECK: missing_semicolon.dfy(4,2): Error: this symbol not expected in VarDeclStatement
// CHECK: 1 parse errors detected in missing_semicolon.dfy
