// RUN: resolve --show-snippets false
method M(x: int) {
  if {
    case x > 0 print 1;
  }
}

// CHECK-EXIT: 2
// CHECK: alternative_missing_arrow.dfy(4,15): Error: darrow expected
// CHECK: alternative_missing_arrow.dfy(6,0): Error: this symbol not expected in Dafny
// CHECK: 2 parse errors detected in alternative_missing_arrow.dfy
