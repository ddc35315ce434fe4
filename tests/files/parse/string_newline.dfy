// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s := "abc
";
}

// CHECK-EXIT: 2
// CHECK: string_newline.dfy(4,11): Error: invalid Rhs
// CHECK: 1 parse errors detected in string_newline.dfy
