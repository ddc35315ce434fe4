// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>) returns (r: int) {
  r := a.Length0;
}

// CHECK-EXIT: 2
// CHECK: array_length0_on_one_dimension.dfy(4,9): Error: member 'Length0' does not exist in array type 'array'
// CHECK: 1 resolution/type errors detected in array_length0_on_one_dimension.dfy
