// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) {
  var t := s;
  t[0] := 1;
}

// CHECK-EXIT: 2
// CHECK: assign_to_seq_element.dfy(5,2): Error: LHS of array assignment must denote an array element (found seq<int>)
// CHECK: 1 resolution/type errors detected in assign_to_seq_element.dfy
