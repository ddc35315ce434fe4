// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  ghost var g: int
  var f: int
  method M()
    modifies this
  {
    f := g + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: ghost_field_in_compiled_assignment.dfy(9,9): Error: a ghost field is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in ghost_field_in_compiled_assignment.dfy
