// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>, ghost i: int) returns (r: int)
  requires 0 <= i < a.Length
{
  r := a[i];
}

// CHECK-EXIT: 2
// CHECK: ghost_index_in_compiled_code.dfy(6,9): Error: ghost variables such as i are allowed only in specification contexts. i was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_index_in_compiled_code.dfy
