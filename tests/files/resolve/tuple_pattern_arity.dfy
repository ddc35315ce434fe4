// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var (a, b) := (1, 2, 3);
}

// CHECK-EXIT: 2
// CHECK: tuple_pattern_arity.dfy(4,6): Error: constructor _#Make2 does not exist in datatype _tuple#3
// CHECK: 1 resolution/type errors detected in tuple_pattern_arity.dfy
