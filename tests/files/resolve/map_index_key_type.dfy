// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(m: map<int, int>) returns (r: int) {
  r := m[true];
}

// CHECK-EXIT: 2
// CHECK: map_index_key_type.dfy(4,9): Error: incorrect type for selection into map<int, int> (got bool)
// CHECK: 1 resolution/type errors detected in map_index_key_type.dfy
