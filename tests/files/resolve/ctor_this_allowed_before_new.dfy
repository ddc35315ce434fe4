// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// Every use of `this` Dafny allows in the first division: as the value (or part of the value)
// stored in a field of `this`, in displays, collection operations, datatype values and
// if-then-else branches; consts with values; static members named alone; new objects.
datatype Link = Link(id: int, owner: Graph?)
class Graph {
  var nodes: set<Graph?>
  var order: seq<Graph?>
  var byId: map<int, Graph?>
  var link: Link
  var pair: (int, Graph?)
  var self: Graph?
  var copy: Graph?
  var size: int
  const k := 3
  static const base := 7
  constructor (x: int)
  {
    self := this;
    copy := self;
    this.nodes := {this} + nodes;
    order := order + [this];
    byId := map[1 := this];
    link := Link(k, this);
    pair := (base, this);
    size := if x > 0 then x else k;
    copy := if x > 0 then this else self;
    var other := new Graph.Empty();
    Touch(other);
    new;
    Touch(this);
  }
  constructor Empty() { }
  static method Touch(g: Graph) { }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
