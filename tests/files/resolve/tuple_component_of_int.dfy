// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: int) {
  r := x.0;
}

// CHECK-EXIT: 2
// CHECK: tuple_component_of_int.dfy(4,9): Error: type int does not have a member 0
// CHECK: 1 resolution/type errors detected in tuple_component_of_int.dfy
