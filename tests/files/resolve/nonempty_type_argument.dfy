// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): a type argument, explicit or
// inferred, for a (00) type parameter must be nonempty, and one for a (0) type parameter must
// support auto-initialization (in ghost code: be nonempty), in every context. dfyc infers no
// subset types for type arguments, so the subset-typed ones here are explicit.
datatype List<T> = Nil | Cons(head: T, tail: List)
type Empty = x: int | false witness *
type GhostWitness = x: int | x == 7 ghost witness 7
class C { }

ghost function Pick<T(00)>(xs: List<T>): T
ghost function Zero<T(0)>(xs: List<T>): T
function Pair<A(0), B(00)>(a: A, b: B): int { 0 }
method M<T(00)>(x: T) { }
method Auto<T(0)>(x: T) { }

lemma L(xs: List)
  ensures Pick(xs) == Pick(xs)
{
}

method N<U>(u: U, e: Empty, g: GhostWitness, c: C) {
  ghost var a := Pick<Empty>(Nil);
  ghost var b := Zero(Cons(u, Nil));
  var p := Pair<Empty, GhostWitness>(e, g);
  var q := Pair<GhostWitness, int>(g, 0);
  ghost var r := Pair<GhostWitness, int>(g, 0);
  M(u);
  Auto(c);
  ghost var z := Zero(Cons(g, Nil));
  var f := Pick<U>;
}

type Opq
datatype Wrap = Wrap(c: C)
datatype Both<X> = One(x: X, ghost g: GhostWitness) | Two(Both<X>)
method O(o: Opq) {
  M(o);
  ghost var w := Pick<Wrap>(Nil);
  var b := Pair<Both<int>, int>(Two(One(1, 7)), 0);
  ghost var b2 := Pair<Both<int>, int>(Two(One(1, 7)), 0);
}

// CHECK-EXIT: 2
// CHECK: nonempty_type_argument.dfy(18,14): Error: type parameter (T) passed to function Pick must be nonempty (got _T0) (perhaps try declaring type parameter '_T0' on line 17 as '_T0(00)', which says it can only be instantiated with a nonempty type)
// CHECK: nonempty_type_argument.dfy(18,26): Error: type parameter (T) passed to function Pick must be nonempty (got _T0) (perhaps try declaring type parameter '_T0' on line 17 as '_T0(00)', which says it can only be instantiated with a nonempty type)
// CHECK: nonempty_type_argument.dfy(23,28): Error: type parameter (T) passed to function Pick must be nonempty (got Empty)
// CHECK: nonempty_type_argument.dfy(24,21): Error: type parameter (T) passed to function Zero must support auto-initialization (got U) (perhaps try declaring type parameter 'U' on line 22 as 'U(0)', which says it can only be instantiated with a type that supports auto-initialization)
// CHECK: nonempty_type_argument.dfy(25,36): Error: type parameter 0 (A) passed to function Pair must support auto-initialization (got Empty)
// CHECK: nonempty_type_argument.dfy(26,34): Error: type parameter 0 (A) passed to function Pair must support auto-initialization (got GhostWitness)
// CHECK: nonempty_type_argument.dfy(28,3): Error: type parameter (T) passed to method M must be nonempty (got U) (perhaps try declaring type parameter 'U' on line 22 as 'U(00)', which says it can only be instantiated with a nonempty type)
// CHECK: nonempty_type_argument.dfy(29,6): Error: type parameter (T) passed to method Auto must support auto-initialization (got C)
// CHECK: nonempty_type_argument.dfy(31,11): Error: type parameter (T) passed to function Pick must be nonempty (got U) (perhaps try declaring type parameter 'U' on line 22 as 'U(00)', which says it can only be instantiated with a nonempty type)
// CHECK: nonempty_type_argument.dfy(38,3): Error: type parameter (T) passed to method M must be nonempty (got Opq) (perhaps try declaring abstract type 'Opq' on line 34 as 'Opq(00)', which says it can only be instantiated with a nonempty type)
// CHECK: nonempty_type_argument.dfy(39,27): Error: type parameter (T) passed to function Pick must be nonempty (got Wrap)
// CHECK: 11 resolution/type errors detected in nonempty_type_argument.dfy
