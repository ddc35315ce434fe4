// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  var k := x.Keys;
}

// CHECK-EXIT: 2
// CHECK: map_keys_of_int.dfy(4,13): Error: type int does not have a member Keys
// CHECK: 1 resolution/type errors detected in map_keys_of_int.dfy
