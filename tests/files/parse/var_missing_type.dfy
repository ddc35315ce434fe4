// RUN: resolve --show-snippets false
method M() {
  var x: := 1;
}

// CHECK-EXIT: 2
// CHECK: var_missing_type.dfy(3,9): Error: invalid TypeAndToken
// CHECK: 1 parse errors detected in var_missing_type.dfy
