// RUN: run --no-verify --allow-warnings --show-snippets false
datatype Color = Red | Green | Blue
datatype List<T> = Nil | Cons(head: T, tail: List<T>)
datatype Shape = Circle(r: int) | Rect(w: int, h: int) {
  function Area(): int {
    match this
    case Circle(r) => 3 * r * r
    case Rect(w, h) => w * h
  }
  predicate IsSquare() { this.Rect? && w == h }
}
datatype Named = Named(name: string, tags: seq<string>)
datatype Pair<A, B> = Pair(fst: A, snd: B)

function Length<T>(xs: List<T>): nat {
  match xs
  case Nil => 0
  case Cons(_, t) => 1 + Length(t)
}

function Sum(xs: List<int>): int {
  if xs.Nil? then 0 else xs.head + Sum(xs.tail)
}

function FromSeq<T>(s: seq<T>): List<T> {
  if |s| == 0 then Nil else Cons(s[0], FromSeq(s[1..]))
}

method Describe(c: Color) returns (s: string) {
  match c {
    case Red => s := "red";
    case Green => s := "green";
    case Blue => s := "blue";
  }
}

method Main() {
  var xs := FromSeq([1, 2, 3]);
  print xs, "\n";
  print Length(xs), " ", Sum(xs), "\n";
  print Red, " ", {Blue, Red, Green}, "\n";
  var d := Describe(Green);
  print d, "\n";
  var sh := Rect(2, 3);
  print sh, " ", sh.Area(), " ", Circle(2).Area(), " ", sh.IsSquare(), " ", Rect(4, 4).IsSquare(), "\n";
  print sh.(w := 5), " ", sh == Rect(2, 3), " ", sh != Circle(1), "\n";
  var n := Named("it's", ["a", "b"]);
  print n, "\n";
  var p := Pair(1, "x");
  print p, " ", p.fst, " ", p.snd, "\n";
  var ys: List<string> := Cons("a", Nil);
  print ys, "\n";
  var t := (Red, Cons(1, Nil));
  print t, "\n";
  var v := match sh { case Circle(_) => "circle" case Rect(_, _) => "rect" };
  print v, "\n";
  var k := var q := 3; q * q;
  print k, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: List.Cons(1, List.Cons(2, List.Cons(3, List.Nil)))
// CHECK: 3 6
// CHECK: Color.Red {Color.Red, Color.Green, Color.Blue}
// CHECK: green
// CHECK: Shape.Rect(2, 3) 6 12 false true
// CHECK: Shape.Rect(5, 3) true true
// CHECK: Named.Named("it\'s", [['a'], ['b']])
// CHECK: Pair.Pair(1, ['x']) 1 x
// CHECK: List.Cons(['a'], List.Nil)
// CHECK: (Color.Red, List.Cons(1, List.Nil))
// CHECK: rect
// CHECK: 9
