// RUN: run --show-snippets false
// Static members of generic types whose signatures mention the type's parameters, named with
// the type's arguments (`C<string>.Make("a")`) or with arguments inferred from the call
// (`C.Make(4)`): the qualifier's type arguments instantiate the member's signature, in the
// resolver and the verifier as in the C++ (`C<dfy::String>::Make`). Expected output checked
// against Dafny 4.11 (`dafny run --no-verify`).
class C<T> {
  var t: T
  constructor(t: T) ensures this.t == t { this.t := t; }
  static method Make(t: T) returns (c: C<T>) ensures c.t == t { c := new C(t); }
  static function Twice(t: T): (T, T) { (t, t) }
  static function Wrap(t: T, s: seq<T>): seq<T> { [t] + s }
}

datatype D<X> = D(x: X) {
  static function Of(x: X): D<X> { D(x) }
  static method Pair<Y>(x: X, y: Y) returns (p: (X, Y)) ensures p == (x, y) { p := (x, y); }
}

module M {
  class E<T> {
    static function Id(t: T): T { t }
    static method Show(t: T) { print "E ", t, "\n"; }
  }
}

method Main() {
  var c := C<string>.Make("a");
  assert c.t == "a";
  var c2 := C.Make(4);
  print c.t, " ", c2.t, "\n";
  assert C<int>.Twice(3) == (3, 3);
  print C<int>.Twice(3), " ", C<char>.Wrap('a', "bc"), " ", C.Twice('x'), "\n";
  var d := D<real>.Of(1.5);
  print d, " ", D.Of(false), "\n";
  var p := D<bool>.Pair(true, "y");
  assert p.1 == "y";
  print p, "\n";
  print M.E<string>.Id("id"), " ", M.E.Id(2.5), "\n";
  M.E<int>.Show(7);
  M.E.Show([1]);
  var x: seq<int> := [];
  print C.Twice(x), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
// CHECK: a 4
// CHECK: (3, 3) abc ('x', 'x')
// CHECK: 1.5 false
// CHECK: (true, ['y'])
// CHECK: id 2.5
// CHECK: E 7
// CHECK: E [1]
// CHECK: ([], [])
