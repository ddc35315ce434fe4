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
  } by method {
    var i: nat := 0;
    while i < |xs| && xs[i] != v
      invariant i <= |xs| && v !in xs[..i]
      decreases |xs| - i
    {
      assert xs[..i + 1] == xs[..i] + [xs[i]];
      i := i + 1;
    }
    o := if i < |xs| then Some(i) else None;
    assert o == IndexOfOption(xs, v) by {
      var r := IndexOfOption(xs, v);
      if r.Some? && o.Some? {
        // Both are the first occurrence.
        if r.value < i {
          assert xs[..i][r.value] == v;
        } else if i < r.value {
          assert xs[..r.value][i] == v;
        }
      }
      if o.None? {
        assert xs[..i] == xs;
      }
    }
  }

  function IndexOf<T(==)>(xs: seq<T>, v: T): (i: nat)
    requires v in xs
    ensures i < |xs| && xs[i] == v
    ensures forall j :: 0 <= j < i ==> xs[j] != v
  {
    if xs[0] == v then 0 else 1 + IndexOf(xs[1..], v)
  } by method {
    // The compiled functions of this module loop where the definition recurses once per
    // element, so that long sequences do not overflow the stack.
    i := 0;
    while xs[i] != v
      invariant i < |xs| && v in xs[i..]
      invariant forall j :: 0 <= j < i ==> xs[j] != v
      decreases |xs| - i
    {
      assert xs[i..] == [xs[i]] + xs[i + 1..];
      i := i + 1;
    }
  }

  function Reverse<T>(xs: seq<T>): (ys: seq<T>)
    ensures |ys| == |xs|
    ensures forall i :: 0 <= i < |xs| ==> ys[i] == xs[|xs| - i - 1]
  {
    if xs == [] then [] else Reverse(xs[1..]) + [xs[0]]
  } by method {
    ys := [];
    for i := 0 to |xs|
      invariant |ys| == i
      invariant forall j :: 0 <= j < i ==> ys[j] == xs[|xs| - j - 1]
    {
      ys := ys + [xs[|xs| - i - 1]];
    }
    assert ys == Reverse(xs);
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
  } by method {
    xs := [];
    for i := 0 to length
      invariant |xs| == i
      invariant forall x :: x in xs ==> x == v
    {
      xs := xs + [v];
    }
    ghost var r := Repeat(v, length);
    assert forall j :: 0 <= j < length ==> r[j] in r && xs[j] in xs;
    assert xs == r;
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
  } by method {
    // Max(xs[i..]), from the last element down.
    m := xs[|xs| - 1];
    var i := |xs| - 1;
    while i > 0
      invariant 0 <= i < |xs| && m == Max(xs[i..])
    {
      i := i - 1;
      assert xs[i..][1..] == xs[i + 1..];
      m := if xs[i] >= m then xs[i] else m;
    }
    assert xs[0..] == xs;
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
  } by method {
    m := xs[|xs| - 1];
    var i := |xs| - 1;
    while i > 0
      invariant 0 <= i < |xs| && m == Min(xs[i..])
    {
      i := i - 1;
      assert xs[i..][1..] == xs[i + 1..];
      m := if xs[i] <= m then xs[i] else m;
    }
    assert xs[0..] == xs;
  }

  // The concatenation of the sequences, in order.
  function Flatten<T>(xs: seq<seq<T>>): (r: seq<T>)
    decreases |xs|
  {
    if |xs| == 0 then [] else xs[0] + Flatten(xs[1..])
  } by method {
    r := [];
    for i := 0 to |xs|
      invariant r == Flatten(xs[..i])
    {
      LemmaFlattenConcat(xs[..i], [xs[i]]);
      assert xs[..i + 1] == xs[..i] + [xs[i]];
      assert Flatten([xs[i]]) == xs[i] + Flatten([xs[i]][1..]);
      r := r + xs[i];
    }
    assert xs[..|xs|] == xs;
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
  function Join<T>(seqs: seq<seq<T>>, separator: seq<T>): (r: seq<T>) {
    if |seqs| == 0 then []
    else if |seqs| == 1 then seqs[0]
    else seqs[0] + separator + Join(seqs[1..], separator)
  } by method {
    r := [];
    for i := 0 to |seqs|
      invariant r == Join(seqs[..i], separator)
    {
      LemmaJoinAppend(seqs[..i], separator, seqs[i]);
      assert seqs[..i + 1] == seqs[..i] + [seqs[i]];
      r := if i == 0 then seqs[i] else r + separator + seqs[i];
    }
    assert seqs[..|seqs|] == seqs;
  }

  // Join of one more sequence at the end (for Join's loop).
  lemma LemmaJoinAppend<T>(seqs: seq<seq<T>>, separator: seq<T>, x: seq<T>)
    ensures Join(seqs + [x], separator) ==
            if |seqs| == 0 then x else Join(seqs, separator) + separator + x
  {
    if |seqs| > 1 {
      assert (seqs + [x])[1..] == seqs[1..] + [x];
      LemmaJoinAppend(seqs[1..], separator, x);
    } else if |seqs| == 1 {
      assert (seqs + [x])[1..] == [x];
    } else {
      assert seqs + [x] == [x];
    }
  }

  // The pieces of s between occurrences of delim (one piece more than there are delims).
  function Split<T(==)>(s: seq<T>, delim: T): (res: seq<seq<T>>)
    ensures |res| > 0
    ensures forall piece :: piece in res ==> delim !in piece
    decreases |s|
  {
    var i := IndexOfOption(s, delim);
    if i.Some? then [s[..i.value]] + Split(s[i.value + 1..], delim) else [s]
  } by method {
    // The pieces before `start`, then Split of the rest.
    res := [];
    var start := 0;
    while true
      invariant start <= |s| && res + Split(s[start..], delim) == Split(s, delim)
      decreases |s| - start
    {
      var i := IndexOfOption(s[start..], delim);
      if i.None? {
        res := res + [s[start..]];
        return;
      }
      assert s[start..][i.value + 1..] == s[start + i.value + 1..];
      assert s[start..][..i.value] == s[start..start + i.value];
      res := res + [s[start..start + i.value]];
      start := start + i.value + 1;
    }
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
  } by method {
    result := [];
    for i := 0 to |xs|
      invariant |result| == i
      invariant forall j :: 0 <= j < i ==> result[j] == f(xs[j])
    {
      result := result + [f(xs[i])];
    }
    assert result == Map(f, xs);
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
  } by method {
    result := [];
    for i := 0 to |xs|
      invariant result == Filter(f, xs[..i])
    {
      LemmaFilterAppend(f, xs[..i], xs[i]);
      assert xs[..i + 1] == xs[..i] + [xs[i]];
      result := result + (if f(xs[i]) then [xs[i]] else []);
    }
    assert xs[..|xs|] == xs;
  }

  // Filter of one more element at the end (for Filter's loop).
  lemma LemmaFilterAppend<T>(f: T ~> bool, xs: seq<T>, x: T)
    requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
    requires f.requires(x)
    ensures Filter(f, xs + [x]) == Filter(f, xs) + (if f(x) then [x] else [])
  {
    if |xs| > 0 {
      assert (xs + [x])[1..] == xs[1..] + [x];
      LemmaFilterAppend(f, xs[1..], x);
    } else {
      assert xs + [x] == [x];
    }
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
  function FoldRight<A, T>(f: (T, A) -> A, xs: seq<T>, init: A): (r: A) {
    if |xs| == 0 then init else f(xs[0], FoldRight(f, xs[1..], init))
  } by method {
    // FoldRight(f, xs[i..], init), from the end.
    r := init;
    var i := |xs|;
    while i > 0
      invariant 0 <= i <= |xs| && r == FoldRight(f, xs[i..], init)
    {
      i := i - 1;
      assert xs[i..][1..] == xs[i + 1..];
      r := f(xs[i], r);
    }
    assert xs[0..] == xs;
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
  } by method {
    result := [];
    for i := 0 to |xs|
      invariant |result| == i
      invariant forall j :: 0 <= j < i ==> result[j] == (xs[j], ys[j])
    {
      result := result + [(xs[i], ys[i])];
    }
    assert result == Zip(xs, ys);
  }

  function Unzip<A, B>(xs: seq<(A, B)>): (seq<A>, seq<B>)
    ensures |Unzip(xs).0| == |Unzip(xs).1| == |xs|
    ensures forall i :: 0 <= i < |xs| ==> (Unzip(xs).0[i], Unzip(xs).1[i]) == xs[i]
  {
    if |xs| == 0 then ([], [])
    else
      var (a, b) := Unzip(DropLast(xs));
      (a + [Last(xs).0], b + [Last(xs).1])
  } by method {
    var a: seq<A>, b: seq<B> := [], [];
    for i := 0 to |xs|
      invariant |a| == |b| == i
      invariant forall j :: 0 <= j < i ==> (a[j], b[j]) == xs[j]
    {
      a, b := a + [xs[i].0], b + [xs[i].1];
    }
    assert a == Unzip(xs).0 && b == Unzip(xs).1;
    return (a, b);
  }

  lemma LemmaZipOfUnzip<A, B>(xs: seq<(A, B)>)
    ensures Zip(Unzip(xs).0, Unzip(xs).1) == xs
  {}

  // A window data[start..end] onto a sequence, so that taking a suffix or a part of it costs
  // no copy (Std.Parsers' input). Valid() says the window lies inside data.
  datatype Slice<T> = Slice(data: seq<T>, start: int, end: int) {
    ghost predicate Valid() {
      0 <= start <= end <= |data|
    }

    // The elements the window shows.
    function View(): seq<T>
      requires Valid()
    {
      data[start..end]
    }

    function Length(): nat
      requires Valid()
    {
      end - start
    }

    function At(i: int): (result: T)
      requires Valid()
      requires 0 <= i < Length()
      ensures result == View()[i]
    {
      data[start + i]
    }

    // The window without its first firstIncludedIndex elements.
    function Drop(firstIncludedIndex: int): (result: Slice<T>)
      requires Valid()
      requires 0 <= firstIncludedIndex <= Length()
      ensures result.Valid()
      ensures result.View() == View()[firstIncludedIndex..]
    {
      Slice(data, start + firstIncludedIndex, end)
    }

    // The part [firstIncludedIndex..lastExcludedIndex) of the window.
    function Sub(firstIncludedIndex: int, lastExcludedIndex: int): (result: Slice<T>)
      requires Valid()
      requires 0 <= firstIncludedIndex <= lastExcludedIndex <= Length()
      ensures result.Valid()
      ensures result.View() == View()[firstIncludedIndex..lastExcludedIndex]
    {
      PrefixRestrict(firstIncludedIndex, lastExcludedIndex);
      Slice(data, start + firstIncludedIndex, start + lastExcludedIndex)
    }

    // A part of the window is the same part of everything from start on.
    lemma PrefixRestrict(firstIncludedIndex: int, lastExcludedIndex: int)
      requires Valid()
      requires 0 <= firstIncludedIndex <= lastExcludedIndex <= Length()
      decreases |data| - end
      ensures data[start..][firstIncludedIndex..lastExcludedIndex]
           == data[start..end][firstIncludedIndex..lastExcludedIndex]
    {
      var whole := data[start..][firstIncludedIndex..lastExcludedIndex];
      var window := data[start..end][firstIncludedIndex..lastExcludedIndex];
      assert |whole| == |window|;
      forall k | 0 <= k < |whole|
        ensures whole[k] == window[k]
      {
        assert whole[k] == data[start + firstIncludedIndex + k];
        assert window[k] == data[start + firstIncludedIndex + k];
      }
    }
  }
}
