// RUN: resolve --show-snippets false
// An assertion's label can be revealed only where the assertion dominates: later in its own
// block, not after the branch that holds it.
method M(x: int) {
  if x > 0 {
    assert 1: x > 0;
    reveal 1;
  } else {
    assert 2: x <= 0;
  }
  reveal 2;
}
// CHECK-EXIT: 2
// CHECK: reveal_label_not_dominating.dfy(11,2): Error: can't use parenthesis when hiding or revealing
// CHECK: 1 resolution/type errors detected in reveal_label_not_dominating.dfy
