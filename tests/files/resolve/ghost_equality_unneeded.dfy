// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: (==) on a type parameter of a ghost function,
// predicate, lemma or ghost method is unnecessary (it has no compiled code); not on a compiled
// one.
datatype List<T> = Nil | Cons(head: T, tail: List<T>)
ghost function Count<T(==)>(xs: List<T>, p: T): int {
  match xs
  case Nil => 0
  case Cons(h, t) => (if h == p then 1 else 0) + Count(t, p)
}
ghost predicate In<T(==), U>(xs: List<T>, p: T) { Count(xs, p) > 0 }
lemma L<T(==)>(xs: List<T>) ensures Count(xs, xs.head) >= 0 { }
ghost method G<T(==)>(x: T) { }
function F<T(==)>(x: T, y: T): bool { x == y }
method M<T(==)>(x: T) { }
least predicate Q<T(==)>(x: T) { true }

// CHECK-EXIT: 0
// CHECK: ghost_equality_unneeded.dfy(6,21): Warning: type parameter T of ghost function Count is declared (==), which is unnecessary because the function doesn't contain any compiled code
// CHECK: ghost_equality_unneeded.dfy(11,19): Warning: type parameter T of ghost predicate In is declared (==), which is unnecessary because the predicate doesn't contain any compiled code
// CHECK: ghost_equality_unneeded.dfy(12,8): Warning: type parameter T of ghost lemma L is declared (==), which is unnecessary because the lemma doesn't contain any compiled code
// CHECK: ghost_equality_unneeded.dfy(13,15): Warning: type parameter T of ghost method G is declared (==), which is unnecessary because the method doesn't contain any compiled code
// CHECK: ghost_equality_unneeded.dfy(16,18): Warning: type parameter T of ghost least predicate Q is declared (==), which is unnecessary because the least predicate doesn't contain any compiled code
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
