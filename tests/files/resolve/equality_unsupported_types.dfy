// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). Compiled code may compare only
// values of types that support equality: not a type parameter without (==), a datatype with a
// function, or a codatatype; `in` needs a sequence of such values. Ghost code may compare
// anything (an if statement without compiled statements is ghost), an empty display compiles
// against any type, and (==) is inferred for a type parameter that a compiled signature uses
// as a set element.
datatype D = D(f: int -> int)
codatatype Stream = Cons(head: int, tail: Stream)
datatype L<X> = Nil | Node(X, L<X>)
method M<T, U(==)>(a: T, b: T, u: U, d: D, e: D, s: Stream, t: Stream, q: seq<T>, l: L<T>) {
  var x := a == b;
  var y := u == u;
  var z := d == e;
  var w := s == t;
  var v := a in q;
  var r := a != b;
  var k := q == [];
  var n := l == l;
  ghost var g := a == b;
  assert d == e || true;
  if a == b { print 1; }
  if a == b { }
}
method N<T>(s: set<T>, a: T) returns (r: bool) {
  r := a in s && a == a;
}
function F<T>(a: T, b: T): bool { a == b }
ghost function G<T>(a: T, b: T): bool { a == b }

// CHECK-EXIT: 2
// CHECK: equality_unsupported_types.dfy(12,11): Error: == can only be applied to expressions of types that support equality (got T) (perhaps try declaring type parameter 'T' on line 11 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_unsupported_types.dfy(14,11): Error: == can only be applied to expressions of types that support equality (got D)
// CHECK: equality_unsupported_types.dfy(15,11): Error: == can only be applied to expressions of types that support equality (got Stream)
// CHECK: equality_unsupported_types.dfy(16,16): Error: in can only be applied to expressions of sequence types that support equality (got seq<T>) (perhaps try declaring type parameter 'T' on line 11 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_unsupported_types.dfy(17,11): Error: != can only be applied to expressions of types that support equality (got T) (perhaps try declaring type parameter 'T' on line 11 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_unsupported_types.dfy(19,11): Error: == can only be applied to expressions of types that support equality (got L<T>) (perhaps try declaring type parameter 'T' on line 11 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_unsupported_types.dfy(22,5): Error: == can only be applied to expressions of types that support equality (got T) (perhaps try declaring type parameter 'T' on line 11 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: equality_unsupported_types.dfy(28,34): Error: == can only be applied to expressions of types that support equality (got T) (perhaps try declaring type parameter 'T' on line 28 as 'T(==)', which says it can only be instantiated with a type that supports equality)
// CHECK: 8 resolution/type errors detected in equality_unsupported_types.dfy
