// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int, y: int): int { x + y }
method M() returns (r: int) {
  r := F(x := 1, 2);
}

// CHECK-EXIT: 2
// CHECK: positional_after_named.dfy(5,17): Error: a positional argument is not allowed to follow named arguments
// CHECK: positional_after_named.dfy(5,8): Error: function parameter 'y' at index 1 requires an argument of type int
// CHECK: 2 resolution/type errors detected in positional_after_named.dfy
