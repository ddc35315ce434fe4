// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f := x x + 1;
}

// CHECK-EXIT: 2
// CHECK: lambda_missing_arrow.dfy(4,13): Error: this symbol not expected in VarDeclStatement
// CHECK: 1 parse errors detected in lambda_missing_arrow.dfy
