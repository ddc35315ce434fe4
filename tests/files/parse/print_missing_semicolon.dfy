// RUN: resolve --show-snippets false
method M() {
  print "a"
}

// CHECK-EXIT: 2
// CHECK: print_missing_semicolon.dfy(4,0): Error: semicolon expected
// CHECK: 1 parse errors detected in print_missing_semicolon.dfy
