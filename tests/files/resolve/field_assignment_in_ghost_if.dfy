// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  method M(ghost g: bool)
    modifies this
  {
    if g {
      f := 1;
    }
  }
}

// CHECK-EXIT: 2
// CHECK: field_assignment_in_ghost_if.dfy(9,8): Error: assignment to non-ghost field is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: 1 resolution/type errors detected in field_assignment_in_ghost_if.dfy
