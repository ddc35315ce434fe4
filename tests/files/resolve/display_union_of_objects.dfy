// RUN: resolve --show-snippets false
// `{this} + {a}`, a union of displays of objects of different classes, has their common
// supertype as Dafny infers it: from the context (Repr: set<object>), else from both
// operands (the result of + - * is a supertype of each). Expected output recorded from
// Dafny 4.11 (dafny resolve), which accepts all but the last assignment.
class A {}
trait T {}
class B extends T {}
class C {
  ghost var Repr: set<object>
  var a: A
  var b: B
  var t: T
  var cs: set<C>
  constructor(a: A, b: B) { this.a := a; this.b := b; t := b; }
  method M()
    modifies this
  {
    Repr := {this} + {a};
    Repr := {this} + {t};
    Repr := {this} + {a} + {b};
    Repr := Repr + {this} + {a};
    Repr := {a} - {this};
    Repr := ({this} + {a}) * {a};
    var q: seq<object> := [this] + [a];
    var m: multiset<object> := multiset{this} + multiset{a};
    var s := {this} + {a};
    var u := cs + {a};
    var ts := {b} + {t};
    var z := {this} + {a};
    z := {5};
  }
  method N()
    modifies {this} + {a}
  {
  }
}

// CHECK-EXIT: 2
// CHECK: display_union_of_objects.dfy(31,10): Error: All elements of display must have some common supertype (got int, but needed type or type of previous elements is object)
// CHECK: 1 resolution/type errors detected in display_union_of_objects.dfy
