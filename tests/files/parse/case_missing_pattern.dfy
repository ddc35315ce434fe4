// RUN: resolve --show-snippets false
method M(x: int) {
  match x {
    case => 
  }
}

// CHECK-EXIT: 2
// CHECK: case_missing_pattern.dfy(4,9): Error: invalid SingleExtendedPattern
// CHECK: case_missing_pattern.dfy(6,0): Error: this symbol not expected in Dafny
// CHECK: 2 parse errors detected in case_missing_pattern.dfy
