// Std.Functions: properties of functions (injective, commutative, associative). Names and
// signatures as in Dafny's Std.Functions: the function values may be partial (`-->`) or total,
// the properties are stated where they are defined everywhere, on types without references.
// Dafny's predicates also say `reads f.reads`; these arrows read nothing, so that clause adds
// nothing, and dfyc's resolver does not accept a function in a reads clause yet
// (stdlib/README.md, gaps).
module Std.Functions {

  // Distinct arguments give distinct results.
  ghost predicate Injective<X(!new), Y>(f: X --> Y)
    requires forall x :: f.requires(x)
  {
    forall x1, x2 :: f(x1) == f(x2) ==> x1 == x2
  }

  // The order of the two arguments does not matter.
  ghost predicate Commutative<T(!new), U(!new)>(f: (T, T) -> U)
    requires forall x, y :: f.requires(x, y) && f.requires(y, x)
  {
    forall x, y :: f(x, y) == f(y, x)
  }

  // The grouping of three arguments does not matter.
  ghost predicate Associative<T(!new)>(f: (T, T) -> T)
    requires forall x, y, z :: f.requires(x, y) && f.requires(y, z) && f.requires(x, z)
  {
    forall x, y, z: T :: f(x, f(y, z)) == f(f(x, y), z)
  }
}
