// RUN: resolve --show-snippets false
method M() {
  var x := ;
}

// CHECK-EXIT: 2
// CHECK: var_missing_rhs.dfy(3,11): Error: invalid Rhs
// CHECK: 1 parse errors detected in var_missing_rhs.dfy
