// RUN: verify --show-snippets false --allow-warnings
// A match on nested patterns; the assertion fails in one branch.
datatype Tree = Leaf | Node(left: Tree, val: int, right: Tree)
function Size(t: Tree): nat
{
  match t
  case Leaf => 0
  case Node(l, _, r) => Size(l) + 1 + Size(r)
}
method M(t: Tree) {
  match t {
    case Leaf =>
    case Node(Leaf, v, _) => assert Size(t) == 1;
    case Node(Node(_, _, _), _, _) => assert Size(t) >= 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_match_nested_pattern_assert.dfy(13,44): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
