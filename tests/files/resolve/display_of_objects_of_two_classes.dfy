// RUN: resolve --show-snippets false
// A display of objects of different classes has their common supertype: a shared trait, or
// object.
trait Shape {}
class Circle extends Shape {}
class Square extends Shape {}
class Other {}
method M(c: Circle, s: Square, o: Other) {
  var shapes := {c, s} + {};
  var all := {c, s, o} + {};
  var t: set<Shape> := shapes;
  var u: set<object> := all;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
