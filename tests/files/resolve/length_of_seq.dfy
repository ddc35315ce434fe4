// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) returns (n: int) {
  n := s.Length;
}

// CHECK-EXIT: 2
// CHECK: length_of_seq.dfy(4,9): Error: type seq<int> does not have a member Length
// CHECK: 1 resolution/type errors detected in length_of_seq.dfy
