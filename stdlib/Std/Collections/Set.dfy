// Std.Collections.Set: lemmas on set sizes and functions on sets. Names as in Dafny's
// Std.Collections.Set.
module Std.Collections.Set {

  lemma LemmaSubset<T>(x: set<T>, y: set<T>)
    requires forall e {:trigger e in y} :: e in x ==> e in y
    ensures x <= y
  {}

  // A subset is no larger; a proper subset is smaller.
  lemma LemmaSubsetSize<T>(x: set<T>, y: set<T>)
    ensures x < y ==> |x| < |y|
    ensures x <= y ==> |x| <= |y|
  {
    if x <= y {
      assert y == x + (y - x);
      if x < y {
        var e :| e in y && e !in x;
        assert e in y - x;
      }
    }
  }

  lemma LemmaSubsetEquality<T>(x: set<T>, y: set<T>)
    requires x <= y && |x| == |y|
    ensures x == y
  {
    LemmaSubsetSize(x, y);
  }

  lemma LemmaSingletonSize<T>(x: set<T>, e: T)
    requires x == {e}
    ensures |x| == 1
  {}

  lemma LemmaSingletonEquality<T>(x: set<T>, a: T, b: T)
    requires |x| == 1 && a in x && b in x
    ensures a == b
  {
    if a != b {
      assert {a} < x;
      LemmaSubsetSize({a}, x);
    }
  }

  ghost predicate IsSingleton<T>(s: set<T>) {
    && (exists x :: x in s)
    && (forall x, y | x in s && y in s :: x == y)
  }

  lemma LemmaIsSingleton<T>(s: set<T>)
    ensures |s| == 1 <==> IsSingleton(s)
  {
    if |s| == 1 {
      forall x, y | x in s && y in s
        ensures x == y
      {
        LemmaSingletonEquality(s, x, y);
      }
    }
    if IsSingleton(s) {
      var x :| x in s;
      assert s == {x};
    }
  }

  // The element of a one-element set.
  function ExtractFromSingleton<T>(s: set<T>): (x: T)
    requires |s| == 1
    ensures s == {x}
  {
    LemmaIsSingleton(s);
    var x :| x in s;
    x
  }

  ghost predicate IsInjective<X(!new), Y>(f: X -> Y) {
    forall x1, x2 {:trigger f(x1), f(x2)} :: f(x1) == f(x2) ==> x1 == x2
  }

  // The image of xs under f.
  function Map<X(!new), Y>(f: X -> Y, xs: set<X>): (ys: set<Y>)
    requires IsInjective(f)
    ensures forall x | x in xs :: f(x) in ys
    ensures |xs| == |ys|
  {
    var ys := set x | x in xs :: f(x);
    LemmaMapSize(xs, ys, f);
    ys
  }

  // An injective function gives an image of the same size.
  lemma LemmaMapSize<X(!new), Y>(xs: set<X>, ys: set<Y>, f: X -> Y)
    requires IsInjective(f)
    requires forall x | x in xs :: f(x) in ys
    requires forall y | y in ys :: exists x | x in xs :: y == f(x)
    ensures |xs| == |ys|
    decreases |xs|
  {
    if xs != {} {
      var x :| x in xs;
      var xs' := xs - {x};
      var ys' := ys - {f(x)};
      LemmaMapSize(xs', ys', f);
    }
  }

  // The elements of xs for which f holds.
  function Filter<X(!new)>(f: X -> bool, xs: set<X>): (ys: set<X>)
    ensures forall y | y in ys :: y in xs && f(y)
    ensures |ys| <= |xs|
  {
    var ys := set x | x in xs && f(x);
    LemmaSubsetSize(ys, xs);
    ys
  }

  lemma LemmaUnionSize<X>(xs: set<X>, ys: set<X>)
    ensures |xs + ys| >= |xs|
  {
    LemmaSubsetSize(xs, xs + ys);
  }

  // The integers in [a, b).
  function SetRange(a: int, b: int): (s: set<int>)
    requires a <= b
    ensures forall i :: a <= i < b <==> i in s
    ensures |s| == b - a
    decreases b - a
  {
    if a == b then {} else {a} + SetRange(a + 1, b)
  }

  function SetRangeZeroBound(n: int): (s: set<int>)
    requires n >= 0
    ensures forall i :: 0 <= i < n <==> i in s
    ensures |s| == n
  {
    SetRange(0, n)
  }

  // A set of integers inside [a, b) has at most b - a elements.
  lemma LemmaBoundedSetSize(x: set<int>, a: int, b: int)
    requires forall i | i in x :: a <= i < b
    requires a <= b
    ensures |x| <= b - a
  {
    var range := SetRange(a, b);
    LemmaSubsetSize(x, range);
  }
}
