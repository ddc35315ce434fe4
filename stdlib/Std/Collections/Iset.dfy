// Std.Collections.Iset: functions on possibly infinite sets. Names and contracts as in Dafny's
// Std.Collections.Iset.
module Std.Collections.Iset {
  import opened Functions
  import opened Relations

  lemma LemmaSubset<T>(x: iset<T>, y: iset<T>)
    requires forall e {:trigger e in y} :: e in x ==> e in y
    ensures x <= y
  {}

  // The image of xs under the injective f (so that membership carries over both ways).
  ghost function Map<X(!new), Y>(xs: iset<X>, f: X --> Y): (ys: iset<Y>)
    requires forall x {:trigger f.requires(x)} :: f.requires(x)
    requires Injective(f)
    ensures forall x {:trigger f(x)} :: x in xs <==> f(x) in ys
  {
    iset x | x in xs :: f(x)
  }

  // The elements of xs that satisfy f.
  ghost function Filter<X(!new)>(xs: iset<X>, f: X ~> bool): (ys: iset<X>)
    requires forall x {:trigger f.requires(x)} {:trigger x in xs} :: x in xs ==> f.requires(x)
    reads set x, o | x in xs && o in f.reads(x) :: o
    ensures forall y {:trigger f(y)} {:trigger y in xs} :: y in ys <==> y in xs && f(y)
  {
    iset x | x in xs && f(x)
  }
}
