// RUN: verify --show-snippets false
// fresh of a set or sequence of objects: each of them was allocated by the method. Expected
// output recorded from Dafny 4.11.
class Node {
  var next: Node?
  constructor() { next := null; }
}

method Two() returns (s: set<Node>, q: seq<Node>)
  ensures fresh(s) && fresh(q)
  ensures |s| == 2
{
  var a := new Node();
  var b := new Node();
  s := {a, b};
  q := [b];
}

method NotFresh(n: Node) returns (s: set<Node>)
  ensures fresh(s)
{
  var a := new Node();
  s := {a, n};
}

// CHECK-EXIT: 4
// CHECK: fresh_sets.dfy(21,0): Error: a postcondition could not be proved on this return path
// CHECK: fresh_sets.dfy(20,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
