// RUN: resolve --show-snippets false
// A refining predicate keeps each formal's older modifier. Dafny 4.11's output.
abstract module A {
  class Node { }
  predicate P(older x: Node, y: Node)
  predicate Q(x: Node, y: Node)
}
module B refines A {
  predicate P(x: Node, y: Node) { true }
  predicate Q(older x: Node, y: Node) { true }
}

// CHECK-EXIT: 2
// CHECK: older_refine.dfy(9,14): Error: parameter 'x' of function P cannot be changed, compared to the corresponding function in the module it refines, from older to non-older
// CHECK: older_refine.dfy(10,20): Error: parameter 'x' of function Q cannot be changed, compared to the corresponding function in the module it refines, from non-older to older
// CHECK: 2 resolution/type errors detected in older_refine.dfy
