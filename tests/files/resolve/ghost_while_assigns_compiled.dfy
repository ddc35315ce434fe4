// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(ghost n: int) returns (r: int) {
  r := 0;
  var i := 0;
  while i < n {
    i := i + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: ghost_while_assigns_compiled.dfy(7,6): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: 1 resolution/type errors detected in ghost_while_assigns_compiled.dfy
