// Std.Relations: properties of binary relations (reflexive, transitive, orderings, ...) and of
// an element's place in a set under an order. Names and signatures as in Dafny's Std.Relations;
// the relations are total functions on a type without references (T(!new)), as there.
module Std.Relations {

  // Every element is related to itself.
  ghost predicate Reflexive<T(!new)>(relation: (T, T) -> bool) {
    forall x :: relation(x, x)
  }

  // No element is related to itself.
  ghost predicate Irreflexive<T(!new)>(relation: (T, T) -> bool) {
    forall x :: !relation(x, x)
  }

  ghost predicate Symmetric<T(!new)>(relation: (T, T) -> bool) {
    forall x, y :: relation(x, y) <==> relation(y, x)
  }

  // Related both ways only when equal.
  ghost predicate AntiSymmetric<T(!new)>(relation: (T, T) -> bool) {
    forall x, y :: relation(x, y) && relation(y, x) ==> x == y
  }

  // Never related both ways (so never to itself either).
  ghost predicate Asymmetric<T(!new)>(relation: (T, T) -> bool) {
    forall x, y :: relation(x, y) ==> !relation(y, x)
  }

  lemma AsymmetricIsAntiSymmetric<T(!new)>(relation: (T, T) -> bool)
    ensures Asymmetric(relation) ==> AntiSymmetric(relation)
  {
    // Vacuous: an asymmetric relation never holds both ways.
  }

  lemma AsymmetricIsIrreflexive<T(!new)>(relation: (T, T) -> bool)
    ensures Asymmetric(relation) ==> Irreflexive(relation)
  {
    // Asymmetry at y := x.
  }

  // Any two distinct elements are related one way or the other.
  ghost predicate Connected<T(!new)>(relation: (T, T) -> bool) {
    forall x, y :: x != y ==> relation(x, y) || relation(y, x)
  }

  // Any two elements, equal or not, are related one way or the other.
  ghost predicate StronglyConnected<T(!new)>(relation: (T, T) -> bool) {
    forall x, y :: relation(x, y) || relation(y, x)
  }

  ghost predicate Transitive<T(!new)>(relation: (T, T) -> bool) {
    forall x, y, z :: relation(x, y) && relation(y, z) ==> relation(x, z)
  }

  // A total order, as <= on int.
  ghost predicate TotalOrdering<T(!new)>(relation: (T, T) -> bool) {
    && Reflexive(relation)
    && AntiSymmetric(relation)
    && Transitive(relation)
    && StronglyConnected(relation)
  }

  // A strict total order, as < on int.
  ghost predicate StrictTotalOrdering<T(!new)>(relation: (T, T) -> bool) {
    && Irreflexive(relation)
    && AntiSymmetric(relation)
    && Transitive(relation)
    && Connected(relation)
  }

  ghost predicate PreOrdering<T(!new)>(relation: (T, T) -> bool) {
    && Reflexive(relation)
    && Transitive(relation)
  }

  // A partial order, as <= on sets.
  ghost predicate PartialOrdering<T(!new)>(relation: (T, T) -> bool) {
    && Reflexive(relation)
    && Transitive(relation)
    && AntiSymmetric(relation)
  }

  ghost predicate EquivalenceRelation<T(!new)>(relation: (T, T) -> bool) {
    && Reflexive(relation)
    && Symmetric(relation)
    && Transitive(relation)
  }

  // least is in s and below every element of s.
  ghost predicate IsLeast<T>(lessOrEqual: (T, T) -> bool, least: T, s: set<T>) {
    && least in s
    && forall x | x in s :: lessOrEqual(least, x)
  }

  // minimal is in s and no element of s is strictly below it.
  ghost predicate IsMinimal<T>(lessOrEqual: (T, T) -> bool, minimal: T, s: set<T>) {
    && minimal in s
    && forall x | x in s && lessOrEqual(x, minimal) :: lessOrEqual(minimal, x)
  }

  // greatest is in s and above every element of s.
  ghost predicate IsGreatest<T>(lessOrEqual: (T, T) -> bool, greatest: T, s: set<T>) {
    && greatest in s
    && forall x | x in s :: lessOrEqual(x, greatest)
  }

  // maximal is in s and no element of s is strictly above it.
  ghost predicate IsMaximal<T>(lessOrEqual: (T, T) -> bool, maximal: T, s: set<T>) {
    && maximal in s
    && forall x | x in s && lessOrEqual(maximal, x) :: lessOrEqual(x, maximal)
  }

  // Every element is lessOrEqual to every later one (not only to its successor).
  ghost predicate SortedBy<T>(lessOrEqual: (T, T) -> bool, xs: seq<T>) {
    forall i, j | 0 <= i < j < |xs| :: lessOrEqual(xs[i], xs[j])
  }
}
