// RUN: resolve --show-snippets false
method Main() {
  print "hello;
}

// CHECK-EXIT: 2
// CHECK: unterminated_string.dfy(3,8): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in unterminated_string.dfy
