// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method G() returns (ghost r: int) { r := 1; }
method M() returns (x: int) {
  x := G();
}

// CHECK-EXIT: 2
// CHECK: ghost_out_parameter_to_compiled.dfy(5,8): Error: actual out-parameter is required to be a ghost variable
// CHECK: 1 resolution/type errors detected in ghost_out_parameter_to_compiled.dfy
