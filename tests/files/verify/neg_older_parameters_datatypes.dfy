// RUN: verify --show-snippets false
// 'older' parameters of datatypes holding objects that the predicates do not keep older than
// the other parameter. Expected output checked against Dafny 4.11.
class Node {
  var next: Node?
}

datatype Path = Nil | Cons(n: Node, rest: Path)
datatype List<T> = LNil | LCons(head: T, tail: List<T>)
datatype Pair = Pair(a: Node, b: set<Node>)

predicate Any(older p: Path, h: Node)
{
  true
}

predicate FirstIn(older p: Path, S: set<Node>)
{
  p.Cons? && p.n in S
}

predicate HeadOnly(older xs: List<Node>, S: set<Node>)
{
  xs.LCons? && xs.head in S
}

predicate HalfIn(older q: Pair, S: set<Node>)
{
  q.a in S
}

// CHECK-EXIT: 4
// CHECK: neg_older_parameters_datatypes.dfy(14,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_datatypes.dfy(12,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: neg_older_parameters_datatypes.dfy(19,10): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_datatypes.dfy(17,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: neg_older_parameters_datatypes.dfy(24,12): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_datatypes.dfy(22,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: neg_older_parameters_datatypes.dfy(29,6): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_datatypes.dfy(27,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 4 errors
