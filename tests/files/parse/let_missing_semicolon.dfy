// RUN: resolve --show-snippets false
function F(): int {
  var x := 1 x
}

// CHECK-EXIT: 2
// CHECK: let_missing_semicolon.dfy(3,13): Error: semicolon expected
// CHECK: 1 parse errors detected in let_missing_semicolon.dfy
