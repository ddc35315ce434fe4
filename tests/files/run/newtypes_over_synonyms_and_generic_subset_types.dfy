// RUN: run --no-verify --show-snippets false
// Newtypes whose base is a type synonym (`newtype M = I` with `type I = int`) or a generic
// subset type (`newtype N = Small<bool>`): the backend looked their base up by name, found
// neither, and stopped at "generic subset types and newtypes"; it now takes the resolver's
// base type. Values, arithmetic (Euclidean / and %), conversions, array defaults, collections
// and parameters. Expected output checked against Dafny 4.11 (`dafny run --no-verify`).
type I = int
newtype M = I
type Small<T> = x: int | 0 <= x < 10
newtype N = Small<bool>
newtype R = x: I | x < 100
newtype Big = M
function Twice(m: M): M { m * 2 }
method Main() {
  var m: M := -7;
  var r: R := 7;
  var n: N := 3;
  var b: Big := 1000000000000000000000;
  print m + 1, " ", m / 2, " ", m % 2, " ", r * 2, " ", n, " ", b * b, "\n";
  print Twice(m), " ", m as int, " ", n as int + 20, " ", (5 as N) < n, "\n";
  var a := new M[2];
  var c := new N[3];
  print a[1], " ", c[0], "\n";
  var s: set<N> := {1, 2, n};
  var q: seq<M> := [m, Twice(m)];
  print s, " ", q, " ", |s|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: -6 -4 1 14 3 1000000000000000000000000000000000000000000
// CHECK: -14 -7 23 false
// CHECK: 0 0
// CHECK: {1, 2, 3} [-7, -14] 3
