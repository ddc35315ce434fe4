// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(m: map<int, int>) returns (r: bool) {
  r := true in m;
}

// CHECK-EXIT: 2
// CHECK: in_map_wrong_key.dfy(4,12): Error: second argument to "in" must be a set, multiset, or sequence with elements of type bool, or a map with domain bool (instead got map<int, int>) (expecting element type to be assignable to int (got bool))
// CHECK: 1 resolution/type errors detected in in_map_wrong_key.dfy
