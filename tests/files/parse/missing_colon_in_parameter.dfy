// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x int) {
}

// CHECK-EXIT: 2
// CHECK: missing_colon_in_parameter.dfy(3,11): Error: colon expected
// CHECK: 1 parse errors detected in missing_colon_in_parameter.dfy
