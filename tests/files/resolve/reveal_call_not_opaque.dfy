// RUN: resolve --show-snippets false
// reveal_g() exists only for an opaque g.
function G(x: int): int { x + 1 }
lemma L()
{
  reveal_G();
}

// CHECK-EXIT: 2
// CHECK: reveal_call_not_opaque.dfy(6,2): Error: unresolved identifier: reveal_G
// CHECK: reveal_call_not_opaque.dfy(6,10): Error: expected method call, found expression
// CHECK: 2 resolution/type errors detected in reveal_call_not_opaque.dfy
