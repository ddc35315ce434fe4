// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): `var b := *;` with nothing else
// to give b a type is underspecified (Dafny's words differ from those for `var a;`); c gets
// int from its later assignment.
method M() {
  var b := *;
  var a;
  var c := *;
  c := 3;
}

// CHECK-EXIT: 2
// CHECK: havoc_local_underspecified.dfy(6,6): Error: the type of this variable is underspecified
// CHECK: havoc_local_underspecified.dfy(7,6): Error: the type of this local variable is underspecified
// CHECK: 2 resolution/type errors detected in havoc_local_underspecified.dfy
