// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) returns (r: int) {
  r := s[true];
}

// CHECK-EXIT: 2
// CHECK: seq_index_bool.dfy(4,9): Error: incorrect type for selection into seq<int> (got bool)
// CHECK: 1 resolution/type errors detected in seq_index_bool.dfy
