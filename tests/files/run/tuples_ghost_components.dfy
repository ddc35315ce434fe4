// RUN: run --show-snippets false
// Tuples with ghost components: Dafny erases them, so `(ghost int, int, ghost bool, int)` is
// compiled as a pair, its destructors renumbered, and a tuple with one compiled component is
// that component (Dafny's erasable wrapper), printed as it; one with none prints as `()`
// (backend/README.md, "Tuples with ghost components"). Expected output checked against Dafny
// 4.11 (`dafny run --no-verify`).
const pair: (int, ghost int) := (1, ghost 2)

function Spread(x: int): (ghost int, int, ghost bool, int) {
  (ghost x, x + 1, ghost x > 0, x * 2)
}

function Sum(t: (ghost int, int, ghost bool, int)): int
  ensures Sum(t) == t.1 + t.3
{
  match t
  case (g, a, _, b) => a + b
}

datatype Box<T> = Box(t: T, n: int)

method Swap(p: (int, ghost nat, string)) returns (q: (string, ghost nat, int))
  ensures q.1 == p.1
{
  var (a, g, s) := p;
  q := (s, ghost g, a);
}

method Main() {
  print pair, " ", pair.0, "\n";
  var t := Spread(5);
  print t, " ", t.1, " ", t.3, " ", Sum(t), "\n";
  var (a, b, c, d) := t;
  assert a == 5 && c;
  print b, " ", d, "\n";
  var none: (ghost int, ghost int) := (ghost 1, ghost 2);
  print none, "\n";
  var s := [pair, (3, ghost 4)];
  print s, " ", |s|, "\n";
  var w: (int, ghost int, string) := (7, ghost 8, "hi");
  print w, " ", w.2, "\n";
  var named: (string, ghost int) := ("x", ghost 1);
  print named, " ", [named], " ", (named, 2), "\n";
  var m := map[1 := (ghost 1, 2, ghost 3, 4)];
  print m, " ", m[1].3, "\n";
  var boxed := Box((ghost 0, 'c', 9), 3);
  match boxed {
    case Box((_, ch, n), k) => print ch, " ", n, " ", k, "\n";
  }
  var q := Swap((4, ghost 2, "four"));
  print q, " ", q.0, " ", q.2, "\n";
  var nested: ((ghost int, int), ghost (int, int), int) := ((ghost 1, 2), ghost (3, 4), 5);
  print nested, " ", nested.0, " ", nested.2, "\n";
  var f := (x: int) => (ghost x, x + 1);
  print f(10), "\n";
  var one := Box((ghost 0, 'e'), 4);
  match one {
    case Box((_, e), k) => print e, " ", k, " ", one, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
// CHECK: 1 1
// CHECK: (6, 10) 6 10 16
// CHECK: 6 10
// CHECK: ()
// CHECK: [1, 3] 2
// CHECK: (7, ['h', 'i']) hi
// CHECK: x [['x']] (['x'], 2)
// CHECK: map[1 := (2, 4)] 4
// CHECK: 'c' 9 3
// CHECK: (['f', 'o', 'u', 'r'], 4) four 4
// CHECK: (2, 5) 2 5
// CHECK: 11
// CHECK: 'e' 4 Box.Box('e', 4)
