// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method G() returns (b: bool) { b := true; }
method M() returns (x: int) {
  x := G();
}

// CHECK-EXIT: 2
// CHECK: method_out_to_wrong_type.dfy(5,8): Error: incorrect return type for method out-parameter 'b' (expected bool, got int)
// CHECK: 1 resolution/type errors detected in method_out_to_wrong_type.dfy
