// RUN: resolve --show-snippets false
method M() {
} ensures true

// CHECK-EXIT: 2
// CHECK: ensures_after_body.dfy(3,2): Error: this symbol not expected in Dafny
// CHECK: 1 parse errors detected in ensures_after_body.dfy
