// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var x := 1 $ 2;
}

// CHECK-EXIT: 2
// CHECK: invalid_character.dfy(4,13): Error: this symbol not expected in VarDeclStatement
// CHECK: 1 parse errors detected in invalid_character.dfy
