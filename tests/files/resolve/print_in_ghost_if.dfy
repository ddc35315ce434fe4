// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(ghost g: bool) {
  if g {
    print "yes";
  }
}

// CHECK-EXIT: 2
// CHECK: print_in_ghost_if.dfy(5,4): Error: print statement is not allowed in this context (because this is a ghost method or because the statement is guarded by a specification-only expression)
// CHECK: 1 resolution/type errors detected in print_in_ghost_if.dfy
