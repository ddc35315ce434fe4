// RUN: resolve --show-snippets false
method Main() {
  print 1, "\n";
}
/* this comment never ends
method Other() {
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
