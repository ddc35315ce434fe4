// RUN: verify --show-snippets false
// What an `older` formal promises is checked in the predicate's body, at each return path, and
// assumed at its calls (a recursive predicate relies on it). Dafny 4.11's output.
class Node {
  var children: seq<Node>
}

predicate In<X>(older x: X, S: set<X>) {
  x in S
}

predicate Same(older x: Node, y: Node) {
  x == y
}

predicate NotOlder(older x: Node, y: Node) {
  true
}

predicate TwoOlder(older x: Node, older z: Node, y: Node, w: Node) {
  x == y
}

predicate Alone(older x: Node) {
  true
}

predicate Rec(older x: Node, s: seq<Node>)
  decreases |s|
{
  |s| > 0 && (x == s[0] || Rec(x, s[1..]))
}

predicate UsesIn(older x: Node, s: set<Node>, t: set<Node>) {
  In(x, s + t)
}

predicate TwoOfOne(older x: Node, older y: Node, s: set<Node>) {
  x in s
}

predicate NoBody(older x: Node, y: Node)

predicate Branches(older x: Node, y: Node, b: bool) {
  if b then x == y else true
}

predicate OlderInt(older x: int, y: Node) {
  true
}

class C {
  var f: int
  predicate Member(older x: Node) reads this {
    true
  }
  predicate MemberOk(older x: C) {
    x == this
  }
}

predicate Gen<X(==)>(older x: X, s: seq<X>) {
  x in s
}

predicate GenBad<X>(older x: X, s: seq<X>) {
  |s| == 0
}

// CHECK-EXIT: 4
// CHECK: older_parameters.dfy(17,2): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(16,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: older_parameters.dfy(21,4): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(20,10): Related location: an 'older' parameter might be newer than all non-'older' parameters when the predicate returns 'true'
// CHECK: older_parameters.dfy(25,2): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(24,10): Related location: the 'older' parameter might be newer than all non-'older' parameters when the predicate returns 'true'
// CHECK: older_parameters.dfy(39,4): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(38,10): Related location: an 'older' parameter might be newer than the non-'older' parameter when the predicate returns 'true'
// CHECK: older_parameters.dfy(45,24): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(44,10): Related location: the 'older' parameter might be newer than all non-'older' parameters when the predicate returns 'true'
// CHECK: older_parameters.dfy(55,4): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(54,12): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK: older_parameters.dfy(67,6): Error: a postcondition could not be proved on this return path
// CHECK: older_parameters.dfy(66,10): Related location: the 'older' parameter might be newer than the other parameter when the predicate returns 'true'
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 7 errors
