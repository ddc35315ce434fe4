// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
}
method M(c: C) returns (r: int) {
  r := c.g;
}

// CHECK-EXIT: 2
// CHECK: unresolved_class_member.dfy(7,9): Error: member 'g' does not exist in class 'C'
// CHECK: 1 resolution/type errors detected in unresolved_class_member.dfy
