// RUN: verify --show-snippets false
// 'older' parameters of maps and codatatypes: their allocation is Dafny's $IsAlloc of a map
// (each key and the value it maps to) and of a codatatype (by constructor). Expected output
// checked against Dafny 4.11.
class Node {
  var next: Node?
}

codatatype Stream = More(n: Node, rest: Stream)
codatatype Numbers = Next(k: int, rest: Numbers)

predicate KeysAndValuesIn(older m: map<Node, Node>, S: set<Node>)
{
  forall k :: k in m ==> k in S && m[k] in S
}

predicate NoObjects(older m: map<int, Node>, S: set<Node>)
{
  m == map[]
}

predicate NoNodes(older s: Numbers, S: set<Node>)
{
  s.k > 0
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
