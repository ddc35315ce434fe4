// RUN: verify --show-snippets false
// Recursion on a tree that calls itself on the same node.
datatype Tree = Leaf | Node(l: Tree, r: Tree)
function Height(t: Tree): nat
{
  match t
  case Leaf => 0
  case Node(l, r) => 1 + Height(if l == Leaf then t else l)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_datatype_not_smaller.dfy(8,31): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
