// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>) {
  var k := s.Keys;
}

// CHECK-EXIT: 2
// CHECK: keys_of_seq.dfy(4,13): Error: type seq<int> does not have a member Keys
// CHECK: 1 resolution/type errors detected in keys_of_seq.dfy
