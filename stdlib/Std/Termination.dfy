// Std.Termination: TerminationMetric, a datatype of termination measures (what a `decreases`
// clause can say, and a little more: lexicographic pairs under a bound, successors), ordered
// through a map to the ORDINALs. Loops and recursion over a metric say
// `decreases m.Ordinal()`; the lemmas below prove that one metric decreases to another. Names
// and lemmas as in Dafny's Std.Termination; written for dfyc (stdlib/README.md).
module Std.Termination {

  import opened Collections.Set
  import opened Collections.Multiset
  import opened Ordinal

  datatype TerminationMetric =
    | TMBool(boolValue: bool)
    | TMNat(natValue: nat)
    | TMChar(charValue: nat)
    | TMOrdinal(ordinalValue: ORDINAL)
      // Objects have no order (0); a set of them (a Repr) is a TMSet.
    | TMObject(objectValue: object)
      // Ordered as the multiset of its elements (any element, and any smaller multiset, is
      // below it); also the encoding of a datatype's structural inclusion.
    | TMSeq(seqValue: seq<TerminationMetric>)
      // Ordered by size.
    | TMSet(setValue: set<TerminationMetric>)
      // The pair (first, second), lexicographically, for seconds below base.
    | TMTuple(base: TerminationMetric, first: TerminationMetric, second: TerminationMetric)
      // Above every metric made of the other constructors but TMOrdinal (Dafny's top).
    | TMTop
      // The metric just above original.
    | TMSucc(original: TerminationMetric)
  {
    // The ordinal a metric stands for: DecreasesTo and NonIncreasesTo compare these.
    ghost opaque function Ordinal(): ORDINAL
      decreases this
    {
      match this
      case TMBool(b) => if b then 1 else 0
      case TMNat(n) => n as ORDINAL
      case TMChar(n) => n as ORDINAL
      case TMOrdinal(o) => o
      case TMObject(_) => 0
      case TMSet(s) => |s| as ORDINAL
      case TMSeq(s) => MultisetOrdinal(this, multiset(s))
      case TMTuple(b, f, s) => Times(b.Ordinal(), f.Ordinal()) + s.Ordinal() + 1
      case TMSucc(o) => o.Ordinal() + 1
      case TMTop => Omega()
    }

    ghost predicate DecreasesTo(other: TerminationMetric) {
      Ordinal() > other.Ordinal()
    }

    ghost predicate NonIncreasesTo(other: TerminationMetric) {
      Ordinal() >= other.Ordinal()
    }

    // The largest Ordinal() of a multiset of metrics below parent (0 for none). parent is there
    // for termination only: Ordinal() calls it with `this` and the elements of its sequence.
    static opaque ghost function MaxOrdinal(parent: TerminationMetric,
                                            s: multiset<TerminationMetric>): ORDINAL
      requires forall o <- s :: parent decreases to o
      ensures forall o <- s :: MaxOrdinal(parent, s) >= o.Ordinal()
      decreases parent, |s|, 0
    {
      if s == multiset{} then 0
      else
        var x := ExtractFromNonEmptyMultiset(s);
        Max(x.Ordinal(), MaxOrdinal(parent, s - multiset{x}))
    }

    // The maximum is one of the elements'.
    static lemma MaxOrdinalIsOfAnElement(parent: TerminationMetric, s: multiset<TerminationMetric>)
      requires forall o <- s :: parent decreases to o
      ensures s != multiset{} ==> exists o <- s :: MaxOrdinal(parent, s) == o.Ordinal()
      decreases |s|
    {
      reveal MaxOrdinal();
      if s != multiset{} {
        var x := ExtractFromNonEmptyMultiset(s);
        var rest := s - multiset{x};
        MaxOrdinalIsOfAnElement(parent, rest);
        assert MaxOrdinal(parent, s) == Max(x.Ordinal(), MaxOrdinal(parent, rest));
        if rest == multiset{} || MaxOrdinal(parent, s) == x.Ordinal() {
          assert MaxOrdinal(parent, s) == x.Ordinal();
        } else {
          var o :| o in rest && MaxOrdinal(parent, rest) == o.Ordinal();
          assert o in s && MaxOrdinal(parent, s) == o.Ordinal();
        }
      }
    }

    // The parent does not change the maximum.
    static lemma MaxOrdinalAnyParent(parent: TerminationMetric, parent': TerminationMetric,
                                     s: multiset<TerminationMetric>)
      requires forall o <- s :: parent decreases to o
      requires forall o <- s :: parent' decreases to o
      ensures MaxOrdinal(parent, s) == MaxOrdinal(parent', s)
    {
      MaxOrdinalIsOfAnElement(parent, s);
      MaxOrdinalIsOfAnElement(parent', s);
      if s != multiset{} {
        var o :| o in s && MaxOrdinal(parent, s) == o.Ordinal();
        var o' :| o' in s && MaxOrdinal(parent', s) == o'.Ordinal();
      } else {
        reveal MaxOrdinal();
      }
    }

    // A multiset of metrics: above its largest element, and above its sub-multisets.
    static ghost function MultisetOrdinal(parent: TerminationMetric,
                                          s: multiset<TerminationMetric>): ORDINAL
      requires forall o <- s :: parent decreases to o
      decreases parent, |s|
    {
      MaxOrdinal(parent, s) + (|s| + 1) as ORDINAL
    }

    static lemma MultisetOrdinalAnyParent(parent: TerminationMetric, parent': TerminationMetric,
                                          s: multiset<TerminationMetric>)
      requires forall o <- s :: parent decreases to o
      requires forall o <- s :: parent' decreases to o
      ensures MultisetOrdinal(parent, s) == MultisetOrdinal(parent', s)
    {
      MaxOrdinalAnyParent(parent, parent', s);
    }

    static lemma MaxOrdinalNonIncreases(parent: TerminationMetric,
                                        left: multiset<TerminationMetric>,
                                        right: multiset<TerminationMetric>)
      requires forall o <- left :: parent decreases to o
      requires forall o <- right :: parent decreases to o
      requires left > right
      ensures MaxOrdinal(parent, left) >= MaxOrdinal(parent, right)
    {
      MaxOrdinalIsOfAnElement(parent, right);
      if right == multiset{} {
        reveal MaxOrdinal();
      } else {
        var o :| o in right && MaxOrdinal(parent, right) == o.Ordinal();
        assert o in left;
      }
    }

    static lemma MaxOrdinalDecreasesIfAllDecrease(parent: TerminationMetric,
                                                  left: multiset<TerminationMetric>,
                                                  right: multiset<TerminationMetric>)
      requires forall o <- left :: parent decreases to o
      requires forall o <- right :: parent decreases to o
      requires left > right
      ensures MaxOrdinal(parent, left) >= MaxOrdinal(parent, right)
    {
      MaxOrdinalNonIncreases(parent, left, right);
    }

    static lemma MultisetOrdinalDecreasesToSubMultiset(parent: TerminationMetric,
                                                       left: multiset<TerminationMetric>,
                                                       right: multiset<TerminationMetric>)
      requires forall o <- left :: parent decreases to o
      requires forall o <- right :: parent decreases to o
      requires left > right
      ensures MultisetOrdinal(parent, left) > MultisetOrdinal(parent, right)
    {
      var maxLeft := MaxOrdinal(parent, left);
      var maxRight := MaxOrdinal(parent, right);
      MaxOrdinalNonIncreases(parent, left, right);
      LemmaSubmultisetSize(right, left);
      var sizeLeft := (|left| + 1) as ORDINAL;
      var sizeRight := (|right| + 1) as ORDINAL;
      assert sizeRight < sizeLeft;
      PlusIncreasingOnLeft(maxRight, maxLeft, sizeRight);
      PlusStrictlyIncreasingOnRight(maxLeft, sizeRight, sizeLeft);
    }

    lemma SetDecreasesTo(other: TerminationMetric)
      requires TMSet?
      requires other.TMSet?
      requires setValue > other.setValue
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
      LemmaSubsetSize(other.setValue, setValue);
    }

    lemma SeqDecreasesToSubSequence(other: TerminationMetric)
      requires TMSeq?
      requires other.TMSeq?
      requires multiset(seqValue) > multiset(other.seqValue)
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
      var mine := multiset(seqValue);
      var theirs := multiset(other.seqValue);
      assert forall o <- theirs :: o in seqValue by {
        forall o <- theirs ensures o in seqValue {
          assert o in mine;
        }
      }
      MultisetOrdinalAnyParent(this, other, theirs);
      MultisetOrdinalDecreasesToSubMultiset(this, mine, theirs);
    }

    lemma SeqDecreasesToProperPrefix(other: TerminationMetric, hi: nat)
      requires TMSeq?
      requires other.TMSeq?
      requires hi < |seqValue|
      requires seqValue[..hi] == other.seqValue
      ensures DecreasesTo(other)
    {
      assert seqValue == seqValue[..hi] + seqValue[hi..];
      SeqDecreasesToSubSequence(other);
    }

    lemma SeqDecreasesToProperSuffix(other: TerminationMetric, lo: nat)
      requires TMSeq?
      requires other.TMSeq?
      requires 0 < lo <= |seqValue|
      requires seqValue[lo..] == other.seqValue
      ensures DecreasesTo(other)
    {
      assert seqValue == seqValue[..lo] + seqValue[lo..];
      SeqDecreasesToSubSequence(other);
    }

    lemma SeqDecreasesToProperDeletion(other: TerminationMetric, lo: nat, hi: nat)
      requires TMSeq?
      requires other.TMSeq?
      requires 0 <= lo < hi <= |seqValue|
      requires seqValue[..lo] + seqValue[hi..] == other.seqValue
      ensures DecreasesTo(other)
    {
      assert seqValue == seqValue[..lo] + seqValue[lo..hi] + seqValue[hi..];
      SeqDecreasesToSubSequence(other);
    }

    lemma SeqDecreasesToElement(other: TerminationMetric)
      requires TMSeq?
      requires other in seqValue
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
      var s := multiset(seqValue);
      assert other in s;
      assert forall o <- s :: o in seqValue;
      var m := MaxOrdinal(this, s);
      assert m >= other.Ordinal();
      assert Ordinal() == MultisetOrdinal(this, s);
      assert MultisetOrdinal(this, s) == m + (|s| + 1) as ORDINAL;
      assert m < m + (|s| + 1) as ORDINAL;
    }

    lemma TupleDecreasesToTuple(other: TerminationMetric)
      requires TMTuple?
      requires other.TMTuple?
      requires base == other.base
      requires
        && other.base.DecreasesTo(other.second)
        && (|| first.DecreasesTo(other.first)
            || (first.NonIncreasesTo(other.first) && second.DecreasesTo(other.second)))
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
      var b := base.Ordinal();
      var below := Times(b, other.first.Ordinal()) + other.second.Ordinal();
      var above := Times(b, first.Ordinal()) + second.Ordinal();
      if first.DecreasesTo(other.first) {
        RadixStrictlyIncreasing(b, other.first.Ordinal(), first.Ordinal(), other.second.Ordinal());
        assert below < above;
      } else {
        assert first.Ordinal() == other.first.Ordinal();
        PlusStrictlyIncreasingOnRight(Times(b, first.Ordinal()), other.second.Ordinal(),
                                      second.Ordinal());
      }
      SuccStrictlyIncreasing(below, above);
    }

    lemma TupleNonIncreasesToTuple(other: TerminationMetric)
      requires TMTuple?
      requires other.TMTuple?
      requires base == other.base
      requires other.base.DecreasesTo(other.second)
      requires first.NonIncreasesTo(other.first)
      requires second.NonIncreasesTo(other.second)
      ensures NonIncreasesTo(other)
    {
      if first.DecreasesTo(other.first) || second.DecreasesTo(other.second) {
        TupleDecreasesToTuple(other);
      } else {
        reveal Ordinal();
        assert first.Ordinal() == other.first.Ordinal();
        assert second.Ordinal() == other.second.Ordinal();
      }
    }

    lemma TupleDecreasesToFirst()
      requires TMTuple?
      requires base.DecreasesTo(second)
      ensures DecreasesTo(first)
    {
      reveal Ordinal();
      var b := base.Ordinal();
      var f := first.Ordinal();
      Succ(0, b);
      TimesIncreasingOnLeft(1, b, f);
      TimesLeftIdentity(f);
      var term := Times(b, f) + second.Ordinal();
      assert Times(b, f) <= term;
      assert term < term + 1;
    }

    lemma TupleDecreasesToSecond()
      requires TMTuple?
      requires base.DecreasesTo(second)
      ensures DecreasesTo(second)
    {
      reveal Ordinal();
      var term := Times(base.Ordinal(), first.Ordinal()) + second.Ordinal();
      assert second.Ordinal() <= term;
      assert term < term + 1;
    }

    lemma SuccDecreasesToSucc(other: TerminationMetric)
      requires TMSucc?
      requires other.TMSucc?
      requires original.DecreasesTo(other.original)
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
      SuccStrictlyIncreasing(other.original.Ordinal(), original.Ordinal());
    }

    lemma SuccNonIncreasesToSucc(other: TerminationMetric)
      requires TMSucc?
      requires other.TMSucc?
      requires original.NonIncreasesTo(other.original)
      ensures NonIncreasesTo(other)
    {
      reveal Ordinal();
      if original.Ordinal() > other.original.Ordinal() {
        SuccStrictlyIncreasing(other.original.Ordinal(), original.Ordinal());
      }
    }

    lemma SuccDecreasesToOriginal()
      requires TMSucc?
      ensures DecreasesTo(original)
    {
      reveal Ordinal();
      assert original.Ordinal() < original.Ordinal() + 1;
    }

    lemma NatDecreasesToNat(other: TerminationMetric)
      requires TMNat?
      requires other.TMNat?
      requires natValue > other.natValue
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
    }

    lemma NatNonIncreasesToNat(other: TerminationMetric)
      requires TMNat?
      requires other.TMNat?
      requires natValue >= other.natValue
      ensures NonIncreasesTo(other)
    {
      reveal Ordinal();
    }

    lemma TopDecreasesToNat(other: TerminationMetric)
      requires TMTop?
      requires other.TMNat?
      ensures DecreasesTo(other)
    {
      reveal Ordinal();
    }
  }
}
