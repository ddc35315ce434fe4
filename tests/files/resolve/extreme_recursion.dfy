// RUN: resolve --show-snippets false
// Extreme predicates call the predicates of their cluster only in positive positions, and only
// those of their own kind: each is then the fixpoint of a monotonic function.
least predicate A(x: int) { x == 0 || B(x - 1) }
ghost predicate B(x: int) { A(x) }
greatest predicate G[nat](x: int) { exists y :: G(y) }
least predicate Q(x: int) { forall y :: Q(y) }
greatest predicate H(x: int) { G(x) }
greatest predicate N(x: int) { !N(x + 1) }
least predicate I(x: int) { I(x) ==> x == 0 }
greatest predicate J(x: int) { x == 0 ==> J(x + 1) }
least predicate K(x: int) { if K(x + 1) then true else x == 0 }

// CHECK-EXIT: 2
// CHECK: extreme_recursion.dfy(4,39): Error: a recursive call from a least predicate can go only to other least predicates
// CHECK: extreme_recursion.dfy(6,49): Error: a greatest predicate can be called recursively only in positive positions and cannot sit inside an unbounded existential quantifier
// CHECK: extreme_recursion.dfy(9,33): Error: a greatest predicate can be called recursively only in positive positions
// CHECK: extreme_recursion.dfy(10,29): Error: a least predicate can be called recursively only in positive positions
// CHECK: extreme_recursion.dfy(12,32): Error: a least predicate can be called recursively only in positive positions
// CHECK: 5 resolution/type errors detected in extreme_recursion.dfy
