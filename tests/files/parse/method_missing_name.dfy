// RUN: resolve --show-snippets false
method (x: int) {
}

// CHECK-EXIT: 2
// CHECK: method_missing_name.dfy(2,7): Error: a method must be given a name (expecting identifier)
// CHECK: 1 parse errors detected in method_missing_name.dfy
