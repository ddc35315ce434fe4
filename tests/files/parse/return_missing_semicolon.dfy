// RUN: resolve --show-snippets false
method M() returns (r: int) {
  return 1
}

// CHECK-EXIT: 2
// CHECK: return_missing_semicolon.dfy(4,0): Error: semicolon expected
// CHECK: 1 parse errors detected in return_missing_semicolon.dfy
