// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
ghost method G() returns (r: int) {
  r := 1;
}
method M() returns (x: int) {
  x := G();
}

// CHECK-EXIT: 2
// CHECK: ghost_method_assigns_compiled_out.dfy(7,8): Error: actual out-parameter is required to be a ghost variable
// CHECK: 1 resolution/type errors detected in ghost_method_assigns_compiled_out.dfy
