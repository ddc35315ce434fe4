// RUN: resolve --show-snippets false
method Main() {
  print 1, "\n";
}
/* this comment never ends
method Other() {
}

// CHECK-EXIT: 2
// CHECK: unterminated_comment.dfy(5,0): Error: comment not terminated at end of file
// CHECK: 1 parse errors detected in unterminated_comment.dfy
