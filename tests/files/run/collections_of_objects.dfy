// RUN: run --no-verify --allow-warnings --show-snippets false
// Collections of objects as collections of a supertype (Dafny's collections are covariant):
// set<C> assigned to set<object>, unions of displays of objects of different classes
// (`{c} + {a}` is a set<object>), sequences and multisets likewise.
// Expected output recorded from Dafny 4.11: dafny run collections_of_objects.dfy (it
// verifies there).
class A {
  constructor() {}
}
trait T {}
class B extends T {
  constructor() {}
}
class C {
  constructor() {}
}
method Main() {
  var c := new C();
  var a := new A();
  var b := new B();
  var cs: set<C> := {c};
  var o: set<object> := cs;
  var u := {c} + {a};
  var w: set<object> := cs + {a, b};
  var x := w - cs;
  var y := w * {c, b};
  print |o|, " ", |u|, " ", |w|, " ", |x|, " ", |y|, " ", c in u, " ", a in x, "\n";
  var bs: set<B> := {b};
  var ts: set<T> := {b};
  var tb := ts + bs;
  print |tb|, " ", b in tb, "\n";
  var qs: seq<C> := [c, c];
  var q: seq<object> := qs;
  print |q|, " ", q[0] == c, "\n";
  var m: multiset<object> := multiset{c} + multiset{a, a};
  var mc: multiset<C> := multiset{c, c};
  var mo: multiset<object> := mc;
  print |m|, " ", m[a], " ", |mo|, " ", mo[c], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1 2 3 2 2 true true
// CHECK: 1 true
// CHECK: 2 true
// CHECK: 3 2 2 2
