// RUN: resolve --show-snippets false
method M() {
  calc {
    1
  }
}

// CHECK-EXIT: 2
// CHECK: calc_missing_semicolon.dfy(5,2): Error: semicolon expected
// CHECK: calc_missing_semicolon.dfy(6,0): Error: this symbol not expected in Dafny
// CHECK: 2 parse errors detected in calc_missing_semicolon.dfy
