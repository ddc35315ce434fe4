// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(c: char) {
  var d := c + 1;
}

// CHECK-EXIT: 2
// CHECK: char_plus_int.dfy(4,13): Error: type of right argument to + (int) must agree with the result type (char)
// CHECK: 1 resolution/type errors detected in char_plus_int.dfy
