// RUN: resolve --show-snippets false
method M() {
  for i := 0 {
  }
}

// CHECK-EXIT: 2
// CHECK: for_missing_to.dfy(3,13): Error: ident expected
// CHECK: 1 parse errors detected in for_missing_to.dfy
