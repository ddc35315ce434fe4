// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s := seq(true, i => i);
}

// CHECK-EXIT: 2
// CHECK: seq_constructor_length_bool.dfy(4,15): Error: sequence construction must use an integer-based expression for the sequence size (got bool)
// CHECK: 1 resolution/type errors detected in seq_constructor_length_bool.dfy
