// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(m: map<int, int>) returns (n: map<int, int>) {
  n := m[1 := true];
}

// CHECK-EXIT: 2
// CHECK: map_update_value_type.dfy(4,14): Error: map update requires the value to have the range type int (got bool)
// CHECK: 1 resolution/type errors detected in map_update_value_type.dfy
