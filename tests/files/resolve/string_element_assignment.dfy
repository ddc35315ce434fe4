// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: string) {
  var t := s;
  t[0] := 'a';
}

// CHECK-EXIT: 2
// CHECK: string_element_assignment.dfy(5,2): Error: LHS of array assignment must denote an array element (found seq<char>)
// CHECK: 1 resolution/type errors detected in string_element_assignment.dfy
