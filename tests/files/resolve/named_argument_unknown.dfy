// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int): int { x }
method M() returns (r: int) {
  r := F(y := 1);
}

// CHECK-EXIT: 2
// CHECK: named_argument_unknown.dfy(5,9): Error: the binding named 'y' does not correspond to any formal parameter
// CHECK: named_argument_unknown.dfy(5,8): Error: function parameter 'x' requires an argument of type int
// CHECK: 2 resolution/type errors detected in named_argument_unknown.dfy
