// RUN: verify --show-snippets false
// 'older' parameters of datatypes holding objects (a path of nodes, a generic list of nodes, a
// pair of a node and a set of nodes), and a non-'older' one that is: their allocation is
// Dafny's $IsAlloc of the datatype, by constructor. Expected output checked against Dafny 4.11.
class Node {
  var next: Node?
}

datatype Path = Nil | Cons(n: Node, rest: Path)
datatype List<T> = LNil | LCons(head: T, tail: List<T>)
datatype Pair = Pair(a: Node, b: set<Node>)

predicate Within(older p: Path, S: set<Node>)
{
  match p
  case Nil => true
  case Cons(n, rest) => n in S && Within(rest, S)
}

predicate AllIn(older xs: List<Node>, S: set<Node>)
{
  xs.LNil? || (xs.head in S && AllIn(xs.tail, S))
}

predicate PairIn(older q: Pair, S: set<Node>)
{
  q.a in S && q.b <= S
}

predicate NoObjects(older p: Path, S: set<Node>)
{
  p.Nil?
}

method Use(S: set<Node>, p: Path)
  requires Within(p, S)
{
  assert p.Cons? ==> p.n in S;
}

predicate FirstOf(older n: Node, q: Path)
{
  q.Cons? && q.n == n
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
