// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var x := this;
}

// CHECK-EXIT: 2
// CHECK: this_at_module_level.dfy(4,11): Error: 'this' is not allowed in a 'static' context
// CHECK: 1 resolution/type errors detected in this_at_module_level.dfy
