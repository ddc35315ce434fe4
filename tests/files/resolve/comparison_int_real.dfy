// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: int, b: real) returns (r: bool) {
  r := a <= b;
}

// CHECK-EXIT: 2
// CHECK: comparison_int_real.dfy(4,9): Error: arguments to <= must have a common supertype (got int and real)
// CHECK: 1 resolution/type errors detected in comparison_int_real.dfy
