// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// With several out-parameters, the mismatched one is named with its index.
method Split(n: int) returns (q: int, tag: string) { q, tag := n / 2, "half"; }
method M() {
  var a: int, b: int;
  a, b := Split(4);
}

// CHECK-EXIT: 2
// CHECK: out_parameter_type_at_index.dfy(7,15): Error: incorrect return type at index 1 for method out-parameter 'tag' (expected string, got int)
// CHECK: 1 resolution/type errors detected in out_parameter_type_at_index.dfy
