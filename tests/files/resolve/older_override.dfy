// RUN: resolve --show-snippets false
// An overriding or refining predicate keeps each formal's ghost, new and older modifiers.
// Dafny 4.11's output.
class Node { }
trait T {
  predicate P(older x: Node, y: Node)
  predicate Q(x: Node, y: Node)
  twostate predicate R(new x: Node)
  predicate S(ghost x: int)
}
class C extends T {
  predicate P(x: Node, y: Node) { true }
  predicate Q(older x: Node, y: Node) { true }
  twostate predicate R(x: Node) { true }
  predicate S(x: int) { true }
}

// CHECK-EXIT: 2
// CHECK: older_override.dfy(12,14): Error: parameter 'x' of function P cannot be changed, compared to in the overridden function, from older to non-older
// CHECK: older_override.dfy(13,20): Error: parameter 'x' of function Q cannot be changed, compared to in the overridden function, from non-older to older
// CHECK: older_override.dfy(14,23): Error: parameter 'x' of function R cannot be changed, compared to in the overridden function, from new to non-new
// CHECK: older_override.dfy(15,14): Error: parameter 'x' of function S cannot be changed, compared to in the overridden function, from ghost to non-ghost
// CHECK: 4 resolution/type errors detected in older_override.dfy
