// RUN: run --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run implicit_type_parameters.dfy.
// Type arguments left out of a signature (List, set, array) are type parameters Dafny makes up.
datatype List<T> = Nil | Cons(head: T, tail: List<T>)

function Length(l: List): nat
{
  match l
  case Nil => 0
  case Cons(_, t) => 1 + Length(t)
}

function Append(xs: List, ys: List): List
{
  match xs
  case Nil => ys
  case Cons(x, rest) => Cons(x, Append(rest, ys))
}

predicate IsSubset(a: set, b: set)
{
  forall x :: x in a ==> x in b
}

method Reverse(a: array)
  modifies a
{
  var i, j := 0, a.Length - 1;
  while i < j
    invariant 0 <= i <= a.Length && -1 <= j < a.Length
  {
    a[i], a[j] := a[j], a[i];
    i, j := i + 1, j - 1;
  }
}

method Main()
{
  var l := Append(Cons(1, Cons(2, Nil)), Cons(3, Nil));
  print Length(l), " ", l, "\n";
  print IsSubset({1, 2}, {1, 2, 3}), " ", IsSubset({'a'}, {'b'}), "\n";
  var a := new char[3]['x', 'y', 'z'];
  Reverse(a);
  print a[..], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
// CHECK: 3 List.Cons(1, List.Cons(2, List.Cons(3, List.Nil)))
// CHECK: true false
// CHECK: zyx
