// RUN: resolve --show-snippets false
// Only predicates (functions returning bool) may have `older` formals. Dafny 4.11's output.
class Node { }
function F(older x: Node): int { 0 }
function G(older x: Node, y: Node): bool { true }
twostate function H(older x: Node): int { 0 }
predicate P(older: int) { older == 0 }

// CHECK-EXIT: 2
// CHECK: older_function_formal.dfy(4,17): Error: only predicates and two-state predicates are allowed 'older' parameters
// CHECK: older_function_formal.dfy(6,26): Error: only predicates and two-state predicates are allowed 'older' parameters
// CHECK: 2 resolution/type errors detected in older_function_formal.dfy
