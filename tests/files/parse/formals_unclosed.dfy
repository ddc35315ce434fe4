// RUN: resolve --show-snippets false
method M(x: int {
}

// CHECK-EXIT: 2
// CHECK: formals_unclosed.dfy(2,16): Error: closeparen expected
// CHECK: 1 parse errors detected in formals_unclosed.dfy
