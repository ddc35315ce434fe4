// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var x: int
  function x(): int { 0 }
}

// CHECK-EXIT: 2
// CHECK: duplicate_class_member.dfy(5,11): Error: Duplicate member name: x
// CHECK: 1 resolution/type errors detected in duplicate_class_member.dfy
