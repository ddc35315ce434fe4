// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: int) {
  r := x(1);
}

// CHECK-EXIT: 2
// CHECK: call_of_int.dfy(4,8): Error: non-function expression (of type int) is called with parameters
// CHECK: 1 resolution/type errors detected in call_of_int.dfy
