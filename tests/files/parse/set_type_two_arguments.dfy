// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s: set<int, bool>;
}

// CHECK-EXIT: 2
// CHECK: set_type_two_arguments.dfy(4,12): Error: set type expects only one type argument
// CHECK: 1 parse errors detected in set_type_two_arguments.dfy
