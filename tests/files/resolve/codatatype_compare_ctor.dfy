// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11. A codatatype has no compilable equality, but
// compiled code may compare a value with a datatype value built from nullary constructors
// (Dafny's CanCompareWith); comparing two streams is an error, without the '(==)' hint a
// type parameter would not help.
codatatype Stream<T> = Nil | Cons(head: T, tail: Stream<T>)
datatype Pair<T> = Pair(a: T, b: T)
function IsEmpty<T>(s: Stream<T>): bool { s == Nil }
function NotEmpty<T>(s: Stream<T>): bool { Nil != s }
function IsNil<T>(s: Stream<T>): bool { (s) == Stream.Nil }
function BothNil(p: Pair<Stream<int>>): bool { p == Pair(Nil, Nil) }
function Same<T>(s: Stream<T>, t: Stream<T>): bool { s == t }
function One(s: Stream<int>): bool { s == Cons(1, Nil) }
function Tail(s: Stream<int>): bool { s == Cons(1, s) }
ghost function GhostSame<T>(s: Stream<T>, t: Stream<T>): bool { s == t }
method Main() {
  var s: Stream<int> := Cons(1, Nil);
  print IsEmpty(s), s == Nil, Nil == s.tail, "\n";
}

// CHECK-EXIT: 2
// CHECK: codatatype_compare_ctor.dfy(12,53): Error: == can only be applied to expressions of types that support equality (got Stream<T>)
// CHECK: codatatype_compare_ctor.dfy(14,38): Error: == can only be applied to expressions of types that support equality (got Stream<int>)
// CHECK: 2 resolution/type errors detected in codatatype_compare_ctor.dfy
