// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int y: int) {
}

// CHECK-EXIT: 2
// CHECK: missing_comma_in_parameters.dfy(3,16): Error: closeparen expected
// CHECK: 1 parse errors detected in missing_comma_in_parameters.dfy
