// RUN: verify --show-snippets false
datatype List<T> = Nil | Cons(head: T, tail: List<T>)
function Length<T>(l: List<T>): nat
{
  match l
  case Nil => 0
  case Cons(_, t) => 1 + Length(t)
}
function Append<T>(a: List<T>, b: List<T>): List<T>
{
  match a
  case Nil => b
  case Cons(h, t) => Cons(h, Append(t, b))
}
lemma AppendLength<T>(a: List<T>, b: List<T>)
  ensures Length(Append(a, b)) == Length(a) + Length(b)
{
  match a
  case Nil =>
  case Cons(h, t) => AppendLength(t, b);
}
function Count(s: seq, x: int): nat
predicate Sorted(s: seq<int>) { forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j] }
method Test() {
  var l := Cons(1, Cons(2, Nil));
  assert Length(l) == 2;
  AppendLength(l, l);
  assert Length(Append(l, l)) == 4;
  var m: List<bool> := Cons(true, Nil);
  assert Length(m) == 1;
}
method Id<T>(x: T) returns (y: T) ensures y == x { y := x; }
method UseId() { var z := Id(3); assert z == 3; }

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 0 errors
