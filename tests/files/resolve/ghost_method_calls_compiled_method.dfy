// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Compiled() {}
ghost method G() {
  Compiled();
}

// CHECK-EXIT: 2
// CHECK: ghost_method_calls_compiled_method.dfy(5,10): Error: only ghost methods can be called from this context
// CHECK: 1 resolution/type errors detected in ghost_method_calls_compiled_method.dfy
