// RUN: resolve --show-snippets false
function Double(n: int): int { n + n }
method Main() {
  var x := Double(true);
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: argument_type_mismatch.dfy(4,18): Error: incorrect argument type for function parameter 'n' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in argument_type_mismatch.dfy
