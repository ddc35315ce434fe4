// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: string) returns (t: string) {
  t := s + 'c';
}

// CHECK-EXIT: 2
// CHECK: string_plus_char.dfy(4,9): Error: type of right argument to + (char) must agree with the result type (seq<char>)
// CHECK: 1 resolution/type errors detected in string_plus_char.dfy
