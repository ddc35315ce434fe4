// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
lemma L() {
  Helper();
}

// CHECK-EXIT: 2
// CHECK: unresolved_ghost_method_call.dfy(4,2): Error: unresolved identifier: Helper
// CHECK: unresolved_ghost_method_call.dfy(4,8): Error: expected method call, found expression
// CHECK: 2 resolution/type errors detected in unresolved_ghost_method_call.dfy
