// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s: seq<int, int>;
}

// CHECK-EXIT: 2
// CHECK: seq_type_two_arguments.dfy(4,12): Error: seq type expects only one type argument
// CHECK: 1 parse errors detected in seq_type_two_arguments.dfy
