// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify datatype_internal_names.dfy.
// Names the generated C++ of a datatype uses for itself, given by the user: constructor
// parameters `result` and `rep` (the constructor's locals), and a member `Rep` (the node struct).
datatype D = D(result: int, rep: string)
datatype B = B(x: int) {
  function Rep(): int { x + 1 }
}
datatype Rep = Leaf | Node(left: Rep, right: Rep)
method Main() {
  var d := D(3, "r");
  var b := B(4);
  var t := Node(Leaf, Node(Leaf, Leaf));
  print d.result, " ", d.rep, " ", b.Rep(), " ", d, " ", t, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 r 5 D.D(3, "r") Rep.Node(Rep.Leaf, Rep.Node(Rep.Leaf, Rep.Leaf))
