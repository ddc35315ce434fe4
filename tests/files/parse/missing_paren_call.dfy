// RUN: resolve --show-snippets false
function Twice(n: int): int { 2 * n }
method Main() {
  var x := Twice(3;
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: missing_paren_call.dfy(4,18): Error: closeparen expected
// CHECK: 1 parse errors detected in missing_paren_call.dfy
