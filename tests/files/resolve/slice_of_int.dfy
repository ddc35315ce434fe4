// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  var y := x[1..2];
}

// CHECK-EXIT: 2
// CHECK: slice_of_int.dfy(4,12): Error: multi-selection of elements requires a sequence or array (got int)
// CHECK: 1 resolution/type errors detected in slice_of_int.dfy
