// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  method M()
    modifies this`g
  {
  }
}

// CHECK-EXIT: 2
// CHECK: modifies_unknown_field.dfy(6,13): Error: member 'g' does not exist in class 'C'
// CHECK: 1 resolution/type errors detected in modifies_unknown_field.dfy
