// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  var f: bool
}

// CHECK-EXIT: 2
// CHECK: duplicate_field.dfy(5,6): Error: Duplicate member name: f
// CHECK: 1 resolution/type errors detected in duplicate_field.dfy
