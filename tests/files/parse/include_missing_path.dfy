// RUN: resolve --show-snippets false
include
method M() {
}

// CHECK-EXIT: 2
// CHECK: include_missing_path.dfy(3,0): Error: stringToken expected
// CHECK: 1 parse errors detected in include_missing_path.dfy
