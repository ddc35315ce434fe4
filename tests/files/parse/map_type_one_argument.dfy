// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var m: map<int>;
}

// CHECK-EXIT: 2
// CHECK: map_type_one_argument.dfy(4,12): Error: map type expects two type arguments
// CHECK: 1 parse errors detected in map_type_one_argument.dfy
