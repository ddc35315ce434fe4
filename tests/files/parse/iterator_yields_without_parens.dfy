// RUN: resolve --show-snippets false
iterator I() yields x: int {
}

// CHECK-EXIT: 2
// CHECK: iterator_yields_without_parens.dfy(2,20): Error: openparen expected
// CHECK: 1 parse errors detected in iterator_yields_without_parens.dfy
