// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array2<int>) returns (n: int) {
  n := a.Length;
}

// CHECK-EXIT: 2
// CHECK: length_of_array2.dfy(4,9): Error: member 'Length' does not exist in array type 'array2'
// CHECK: 1 resolution/type errors detected in length_of_array2.dfy
