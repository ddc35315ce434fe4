// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {}
lemma L() {
  var c := new C;
}

// CHECK-EXIT: 2
// CHECK: new_in_ghost_context.dfy(5,11): Error: a lemma is not allowed to use 'new'
// CHECK: 1 resolution/type errors detected in new_in_ghost_context.dfy
