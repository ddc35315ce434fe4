// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(n: int) {
  var i := 0;
  while i < 10
    invariant n
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: invariant_int_parameter.dfy(6,14): Error: invariant is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in invariant_int_parameter.dfy
