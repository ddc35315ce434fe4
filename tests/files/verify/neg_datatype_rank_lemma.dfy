// RUN: verify --show-snippets false --allow-warnings
// A lemma about a tree size that is false for leaves.
datatype Tree = Leaf | Node(left: Tree, right: Tree)
function Size(t: Tree): nat
{
  match t
  case Leaf => 0
  case Node(l, r) => Size(l) + Size(r) + 1
}
lemma SizePositive(t: Tree)
  ensures Size(t) > 0
{
  match t
  case Leaf =>
  case Node(l, r) =>
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_rank_lemma.dfy(14,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_datatype_rank_lemma.dfy(11,18): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
