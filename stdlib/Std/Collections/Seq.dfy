// Std.Collections.Seq: functions on sequences and their lemmas. Names as in Dafny's
// Std.Collections.Seq.
module Std.Collections.Seq {
  import opened Wrappers

  function First<T>(xs: seq<T>): T
    requires |xs| > 0
  {
    xs[0]
  }

  function DropFirst<T>(xs: seq<T>): seq<T>
    requires |xs| > 0
  {
    xs[1..]
  }

  function Last<T>(xs: seq<T>): T
    requires |xs| > 0
  {
    xs[|xs| - 1]
  }

  function DropLast<T>(xs: seq<T>): seq<T>
    requires |xs| > 0
  {
    xs[..|xs| - 1]
  }

  lemma LemmaLast<T>(xs: seq<T>)
    requires |xs| > 0
    ensures DropLast(xs) + [Last(xs)] == xs
  {}

  lemma LemmaAppendLast<T>(xs: seq<T>, ys: seq<T>)
    requires 0 < |ys|
    ensures Last(xs + ys) == Last(ys)
  {}

  lemma LemmaConcatIsAssociative<T>(xs: seq<T>, ys: seq<T>, zs: seq<T>)
    ensures xs + (ys + zs) == (xs + ys) + zs
  {}

  lemma LemmaSplitAt<T>(xs: seq<T>, pos: nat)
    requires pos < |xs|
    ensures xs[..pos] + xs[pos..] == xs
  {}

  ghost predicate IsPrefix<T>(xs: seq<T>, ys: seq<T>) {
    |xs| <= |ys| && xs == ys[..|xs|]
  }

  ghost predicate IsSuffix<T>(xs: seq<T>, ys: seq<T>) {
    |xs| <= |ys| && xs == ys[|ys| - |xs|..]
  }

  // The elements of xs, as a set.
  function ToSet<T>(xs: seq<T>): set<T> {
    set x | x in xs
  }

  lemma LemmaCardinalityOfSet<T>(xs: seq<T>)
    ensures |ToSet(xs)| <= |xs|
  {
    if |xs| > 0 {
      LemmaCardinalityOfSet(DropLast(xs));
      assert ToSet(xs) == ToSet(DropLast(xs)) + {Last(xs)} by {
        LemmaLast(xs);
      }
    }
  }

  ghost predicate HasNoDuplicates<T>(xs: seq<T>) {
    forall i, j :: 0 <= i < |xs| && 0 <= j < |xs| && i != j ==> xs[i] != xs[j]
  }

  // Without duplicates, the set has as many elements as the sequence.
  lemma LemmaCardinalityOfSetNoDuplicates<T>(xs: seq<T>)
    requires HasNoDuplicates(xs)
    ensures |ToSet(xs)| == |xs|
  {
    if |xs| > 0 {
      var init := DropLast(xs);
      assert HasNoDuplicates(init);
      LemmaCardinalityOfSetNoDuplicates(init);
      assert Last(xs) !in ToSet(init);
      assert ToSet(xs) == ToSet(init) + {Last(xs)} by {
        LemmaLast(xs);
      }
    }
  }

  // The index of the first occurrence of v, if any.
  function IndexOfOption<T(==)>(xs: seq<T>, v: T): (o: Option<nat>)
    ensures o.Some? ==> o.value < |xs| && xs[o.value] == v && v !in xs[..o.value]
    ensures o.None? ==> v !in xs
  {
    if |xs| == 0 then None
    else if xs[0] == v then Some(0)
    else
      var o' := IndexOfOption(xs[1..], v);
      if o'.Some? then Some(o'.value + 1) else None
  }

  function IndexOf<T(==)>(xs: seq<T>, v: T): (i: nat)
    requires v in xs
    ensures i < |xs| && xs[i] == v
    ensures forall j :: 0 <= j < i ==> xs[j] != v
  {
    if xs[0] == v then 0 else 1 + IndexOf(xs[1..], v)
  }

  function Reverse<T>(xs: seq<T>): (ys: seq<T>)
    ensures |ys| == |xs|
    ensures forall i :: 0 <= i < |xs| ==> ys[i] == xs[|xs| - i - 1]
  {
    if xs == [] then [] else Reverse(xs[1..]) + [xs[0]]
  }

  lemma LemmaReverseReverse<T>(xs: seq<T>)
    ensures Reverse(Reverse(xs)) == xs
  {}

  // n copies of v.
  function Repeat<T>(v: T, length: nat): (xs: seq<T>)
    ensures |xs| == length
    ensures forall x :: x in xs ==> x == v
  {
    if length == 0 then [] else [v] + Repeat(v, length - 1)
  }

  function Max(xs: seq<int>): (m: int)
    requires 0 < |xs|
    ensures forall k :: k in xs ==> m >= k
    ensures m in xs
  {
    if |xs| == 1 then xs[0]
    else
      var rest := Max(xs[1..]);
      assert xs == [xs[0]] + xs[1..];
      if xs[0] >= rest then xs[0] else rest
  }

  function Min(xs: seq<int>): (m: int)
    requires 0 < |xs|
    ensures forall k :: k in xs ==> m <= k
    ensures m in xs
  {
    if |xs| == 1 then xs[0]
    else
      var rest := Min(xs[1..]);
      assert xs == [xs[0]] + xs[1..];
      if xs[0] <= rest then xs[0] else rest
  }

  // The concatenation of the sequences, in order.
  function Flatten<T>(xs: seq<seq<T>>): seq<T>
    decreases |xs|
  {
    if |xs| == 0 then [] else xs[0] + Flatten(xs[1..])
  }

  lemma LemmaFlattenConcat<T>(xs: seq<seq<T>>, ys: seq<seq<T>>)
    ensures Flatten(xs + ys) == Flatten(xs) + Flatten(ys)
  {
    if |xs| > 0 {
      assert (xs + ys)[1..] == xs[1..] + ys;
      LemmaFlattenConcat(xs[1..], ys);
    } else {
      assert xs + ys == ys;
    }
  }

  // The sequences, with `separator` between each two.
  function Join<T>(seqs: seq<seq<T>>, separator: seq<T>): seq<T> {
    if |seqs| == 0 then []
    else if |seqs| == 1 then seqs[0]
    else seqs[0] + separator + Join(seqs[1..], separator)
  }

  // The pieces of s between occurrences of delim (one piece more than there are delims).
  function Split<T(==)>(s: seq<T>, delim: T): (res: seq<seq<T>>)
    ensures |res| > 0
    ensures forall piece :: piece in res ==> delim !in piece
    decreases |s|
  {
    var i := IndexOfOption(s, delim);
    if i.Some? then [s[..i.value]] + Split(s[i.value + 1..], delim) else [s]
  }

  lemma LemmaSplitJoin<T>(s: seq<T>, delim: T)
    ensures Join(Split(s, delim), [delim]) == s
    decreases |s|
  {
    var i := IndexOfOption(s, delim);
    if i.Some? {
      LemmaSplitJoin(s[i.value + 1..], delim);
      assert s == s[..i.value] + [delim] + s[i.value + 1..];
    }
  }

  // f applied to each element.
  function Map<T, R>(f: T ~> R, xs: seq<T>): (result: seq<R>)
    requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
    reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
    ensures |result| == |xs|
    ensures forall i {:trigger result[i]} :: 0 <= i < |xs| ==> result[i] == f(xs[i])
  {
    if |xs| == 0 then []
    else [f(xs[0])] + Map(f, xs[1..])
  }

  lemma LemmaMapDistributesOverConcat<T, R>(f: T -> R, xs: seq<T>, ys: seq<T>)
    ensures Map(f, xs + ys) == Map(f, xs) + Map(f, ys)
  {}

  // The elements for which f holds, in order.
  function Filter<T>(f: T ~> bool, xs: seq<T>): (result: seq<T>)
    requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
    reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
    ensures |result| <= |xs|
    ensures forall i :: 0 <= i < |result| ==> f.requires(result[i]) && f(result[i])
  {
    if |xs| == 0 then []
    else (if f(xs[0]) then [xs[0]] else []) + Filter(f, xs[1..])
  }

  lemma LemmaFilterDistributesOverConcat<T>(f: T -> bool, xs: seq<T>, ys: seq<T>)
    ensures Filter(f, xs + ys) == Filter(f, xs) + Filter(f, ys)
  {
    if |xs| > 0 {
      assert (xs + ys)[1..] == xs[1..] + ys;
      LemmaFilterDistributesOverConcat(f, xs[1..], ys);
    } else {
      assert xs + ys == ys;
    }
  }

  // f(...f(f(init, xs[0]), xs[1])..., xs[|xs| - 1])
  function FoldLeft<A, T>(f: (A, T) -> A, init: A, xs: seq<T>): A {
    if |xs| == 0 then init else FoldLeft(f, f(init, xs[0]), xs[1..])
  }

  lemma LemmaFoldLeftDistributesOverConcat<A, T>(f: (A, T) -> A, init: A, xs: seq<T>, ys: seq<T>)
    ensures FoldLeft(f, init, xs + ys) == FoldLeft(f, FoldLeft(f, init, xs), ys)
  {
    if |xs| > 0 {
      assert (xs + ys)[1..] == xs[1..] + ys;
      LemmaFoldLeftDistributesOverConcat(f, f(init, xs[0]), xs[1..], ys);
    } else {
      assert xs + ys == ys;
    }
  }

  // f(xs[0], f(xs[1], ... f(xs[|xs| - 1], init)...))
  function FoldRight<A, T>(f: (T, A) -> A, xs: seq<T>, init: A): A {
    if |xs| == 0 then init else f(xs[0], FoldRight(f, xs[1..], init))
  }

  lemma LemmaFoldRightDistributesOverConcat<A, T>(f: (T, A) -> A, init: A, xs: seq<T>, ys: seq<T>)
    ensures FoldRight(f, xs + ys, init) == FoldRight(f, xs, FoldRight(f, ys, init))
  {
    if |xs| > 0 {
      assert (xs + ys)[1..] == xs[1..] + ys;
      LemmaFoldRightDistributesOverConcat(f, init, xs[1..], ys);
    } else {
      assert xs + ys == ys;
    }
  }

  predicate All<T>(s: seq<T>, p: T -> bool) {
    forall i | 0 <= i < |s| :: p(s[i])
  }

  predicate AllNot<T>(s: seq<T>, p: T -> bool) {
    forall i | 0 <= i < |s| :: !p(s[i])
  }

  lemma AllDecomposition<T>(left: seq<T>, right: seq<T>, p: T -> bool)
    ensures All(left + right, p) <==> All(left, p) && All(right, p)
  {
    if All(left, p) && All(right, p) {
      forall i | 0 <= i < |left + right|
        ensures p((left + right)[i])
      {
        if i >= |left| {
          assert (left + right)[i] == right[i - |left|];
        }
      }
    }
    if All(left + right, p) {
      forall i | 0 <= i < |left|
        ensures p(left[i])
      {
        assert (left + right)[i] == left[i];
      }
      forall i | 0 <= i < |right|
        ensures p(right[i])
      {
        assert (left + right)[|left| + i] == right[i];
      }
    }
  }

  // Pairs of the elements at the same index.
  function Zip<A, B>(xs: seq<A>, ys: seq<B>): (result: seq<(A, B)>)
    requires |xs| == |ys|
    ensures |result| == |xs|
    ensures forall i :: 0 <= i < |result| ==> result[i] == (xs[i], ys[i])
  {
    if |xs| == 0 then [] else Zip(DropLast(xs), DropLast(ys)) + [(Last(xs), Last(ys))]
  }

  function Unzip<A, B>(xs: seq<(A, B)>): (seq<A>, seq<B>)
    ensures |Unzip(xs).0| == |Unzip(xs).1| == |xs|
    ensures forall i :: 0 <= i < |xs| ==> (Unzip(xs).0[i], Unzip(xs).1[i]) == xs[i]
  {
    if |xs| == 0 then ([], [])
    else
      var (a, b) := Unzip(DropLast(xs));
      (a + [Last(xs).0], b + [Last(xs).1])
  }

  lemma LemmaZipOfUnzip<A, B>(xs: seq<(A, B)>)
    ensures Zip(Unzip(xs).0, Unzip(xs).1) == xs
  {}
}
