// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) {
  var t := s[0 := true];
}

// CHECK-EXIT: 2
// CHECK: seq_update_value_type.dfy(4,18): Error: sequence update requires the value to have the element type of the sequence (got bool)
// CHECK: 1 resolution/type errors detected in seq_update_value_type.dfy
