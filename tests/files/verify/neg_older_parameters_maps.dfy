// RUN: verify --show-snippets false
// 'older' parameters of maps and codatatypes holding objects that the predicates do not keep
// older than the other parameter: a map's values, and a stream's later elements (only its first
// two are in S). Expected output checked against Dafny 4.11.
class Node {
  var next: Node?
}

codatatype Stream = More(n: Node, rest: Stream)

predicate KeysIn(older m: map<Node, Node>, S: set<Node>)
{
  forall k :: k in m ==> k in S
}

predicate EmptyIn(older m: map<int, Node>, S: set<Node>)
{
  m.Keys == {}
}

predicate HeadIn(older s: Stream, S: set<Node>)
{
  s.n in S
}

predicate TwoIn(older s: Stream, S: set<Node>)
{
  s.n in S && s.rest.n in S
}

// CHECK-EXIT: 4
// CHECK: neg_older_parameters_maps.dfy(13,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_maps.dfy(11,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: neg_older_parameters_maps.dfy(23,6): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_maps.dfy(21,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: neg_older_parameters_maps.dfy(28,11): Error: a postcondition could not be proved on this return path
// CHECK: neg_older_parameters_maps.dfy(26,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
