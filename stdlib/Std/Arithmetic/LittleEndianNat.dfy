// Std.Arithmetic.LittleEndianNat: natural numbers as little-endian sequences of digits in a base
// that a refining module gives (`module M refines Std.Arithmetic.LittleEndianNat { function
// BASE(): nat { 256 } }`). The first digit is the least significant. Names and contracts as in
// Dafny's Std.Arithmetic.LittleEndianNat; the definitions and proofs are dfyc's own.
abstract module Std.Arithmetic.LittleEndianNat {
  import opened DivMod
  import opened Mul
  import opened Power
  import opened Collections.Seq
  import opened Logarithm

  function BASE(): nat
    ensures BASE() > 1

  type digit = i: nat | 0 <= i < BASE()

  // ---------------------------------------------------------------- ToNat

  // The value of xs, read from its least significant digit (its first).
  function ToNatRight(xs: seq<digit>): nat
  {
    if |xs| == 0 then 0
    else
      LemmaMulNonnegative(ToNatRight(DropFirst(xs)), BASE());
      ToNatRight(DropFirst(xs)) * BASE() + First(xs)
  }

  // The value of xs, read from its most significant digit (its last).
  function ToNatLeft(xs: seq<digit>): nat
  {
    if |xs| == 0 then 0
    else
      LemmaPowPositive(BASE(), |xs| - 1);
      LemmaMulNonnegative(Last(xs), Pow(BASE(), |xs| - 1));
      ToNatLeft(DropLast(xs)) + Last(xs) * Pow(BASE(), |xs| - 1)
  }

  // One more digit d at the most significant end adds d * BASE()^|xs| (dfyc's helper; not in
  // Dafny's module).
  lemma LemmaToNatRightAppend(xs: seq<digit>, d: digit)
    ensures ToNatRight(xs + [d]) == ToNatRight(xs) + d * Pow(BASE(), |xs|)
  {
    if |xs| == 0 {
      assert DropFirst([d]) == [];
    } else {
      var rest := DropFirst(xs);
      var p := Pow(BASE(), |rest|);
      assert DropFirst(xs + [d]) == rest + [d];
      LemmaToNatRightAppend(rest, d);
      calc {
        ToNatRight(xs + [d]);
        ToNatRight(rest + [d]) * BASE() + First(xs);
        (ToNatRight(rest) + d * p) * BASE() + First(xs);
        { LemmaMulIsDistributive(BASE(), ToNatRight(rest), d * p); }
        ToNatRight(rest) * BASE() + (d * p) * BASE() + First(xs);
        { LemmaMulIsAssociative(d, p, BASE());
          LemmaMulIsCommutative(p, BASE()); }
        ToNatRight(xs) + d * Pow(BASE(), |xs|);
      }
    }
  }

  // xs is its prefix DropLast(xs) followed by Last(xs) (dfyc's helper; not in Dafny's module).
  lemma LemmaToNatRightDropLast(xs: seq<digit>)
    requires |xs| > 0
    ensures ToNatRight(xs) == ToNatRight(DropLast(xs)) + Last(xs) * Pow(BASE(), |xs| - 1)
  {
    assert xs == DropLast(xs) + [Last(xs)];
    LemmaToNatRightAppend(DropLast(xs), Last(xs));
  }

  // The two readings agree.
  lemma LemmaToNatLeftEqToNatRight(xs: seq<digit>)
    ensures ToNatRight(xs) == ToNatLeft(xs)
  {
    if |xs| > 0 {
      LemmaToNatLeftEqToNatRight(DropLast(xs));
      LemmaToNatRightDropLast(xs);
    }
  }

  lemma LemmaToNatLeftEqToNatRightAuto()
    ensures forall xs: seq<digit> :: ToNatRight(xs) == ToNatLeft(xs)
  {
    forall xs: seq<digit>
      ensures ToNatRight(xs) == ToNatLeft(xs)
    {
      LemmaToNatLeftEqToNatRight(xs);
    }
  }

  // One digit is its own value.
  lemma LemmaSeqLen1(xs: seq<digit>)
    requires |xs| == 1
    ensures ToNatRight(xs) == First(xs)
  {
    assert DropFirst(xs) == [];
  }

  // Two digits are the first plus the second times BASE().
  lemma LemmaSeqLen2(xs: seq<digit>)
    requires |xs| == 2
    ensures ToNatRight(xs) == First(xs) + xs[1] * BASE()
  {
    LemmaSeqLen1(DropFirst(xs));
    LemmaMulIsCommutative(xs[1], BASE());
  }

  // A trailing (most significant) zero changes nothing.
  lemma LemmaSeqAppendZero(xs: seq<digit>)
    ensures ToNatRight(xs + [0]) == ToNatRight(xs)
  {
    LemmaToNatRightAppend(xs, 0);
    LemmaMulBasics(Pow(BASE(), |xs|));
  }

  // |xs| digits are below BASE()^|xs|.
  lemma LemmaSeqNatBound(xs: seq<digit>)
    ensures ToNatRight(xs) < Pow(BASE(), |xs|)
  {
    if |xs| > 0 {
      var rest := DropFirst(xs);
      var p := Pow(BASE(), |rest|);
      LemmaSeqNatBound(rest);
      LemmaMulInequality(ToNatRight(rest), p - 1, BASE());
      LemmaMulIsDistributive(BASE(), p, 1);
      LemmaMulIsCommutative(p, BASE());
      assert ToNatRight(xs) <= (p - 1) * BASE() + BASE() - 1;
    }
  }

  // The value of xs from the values of its first i digits and of the rest.
  lemma {:induction false} LemmaSeqPrefix(xs: seq<digit>, i: nat)
    requires 0 <= i <= |xs|
    ensures ToNatRight(xs[..i]) + ToNatRight(xs[i..]) * Pow(BASE(), i) == ToNatRight(xs)
  {
    if i == 0 {
      assert xs[..0] == [] && xs[0..] == xs;
    } else {
      var rest := DropFirst(xs);
      assert DropFirst(xs[..i]) == rest[..i - 1];
      assert xs[i..] == rest[i - 1..];
      LemmaSeqPrefix(rest, i - 1);
      var a, b, p := ToNatRight(rest[..i - 1]), ToNatRight(rest[i - 1..]), Pow(BASE(), i - 1);
      assert ToNatRight(xs[..i]) == a * BASE() + First(xs);
      assert Pow(BASE(), i) == BASE() * p;
      assert ToNatRight(xs) == (a + b * p) * BASE() + First(xs);
      LemmaMulIsAssociative(b, BASE(), p);
      LemmaMulIsAssociative(b, p, BASE());
      LemmaMulIsCommutative(p, BASE());
      LemmaMulIsDistributive(BASE(), a, b * p);
    }
  }

  // Of two sequences of the same length, the one with the larger most significant digit has the
  // larger value.
  lemma LemmaSeqMswInequality(xs: seq<digit>, ys: seq<digit>)
    requires |xs| == |ys| > 0
    requires Last(xs) < Last(ys)
    ensures ToNatRight(xs) < ToNatRight(ys)
  {
    var p := Pow(BASE(), |xs| - 1);
    LemmaToNatRightDropLast(xs);
    LemmaToNatRightDropLast(ys);
    LemmaSeqNatBound(DropLast(xs));
    LemmaMulInequality(Last(xs) + 1, Last(ys), p);
    LemmaMulIsDistributive(p, Last(xs), 1);
  }

  // Sequences of the same length whose first i digits differ in value differ in value.
  lemma LemmaSeqPrefixNeq(xs: seq<digit>, ys: seq<digit>, i: nat)
    requires 0 <= i <= |xs| == |ys|
    requires ToNatRight(xs[..i]) != ToNatRight(ys[..i])
    ensures ToNatRight(xs) != ToNatRight(ys)
    decreases |xs| - i
  {
    if i == |xs| {
      assert xs[..i] == xs && ys[..i] == ys;
    } else {
      var xs', ys' := xs[..i + 1], ys[..i + 1];
      assert DropLast(xs') == xs[..i] && DropLast(ys') == ys[..i];
      if xs[i] == ys[i] {
        LemmaToNatRightDropLast(xs');
        LemmaToNatRightDropLast(ys');
      } else if xs[i] < ys[i] {
        LemmaSeqMswInequality(xs', ys');
      } else {
        LemmaSeqMswInequality(ys', xs');
      }
      LemmaSeqPrefixNeq(xs, ys, i + 1);
    }
  }

  // Different sequences of the same length have different values.
  lemma LemmaSeqNeq(xs: seq<digit>, ys: seq<digit>)
    requires |xs| == |ys|
    requires xs != ys
    ensures ToNatRight(xs) != ToNatRight(ys)
  {
    var i :| 0 <= i < |xs| && xs[i] != ys[i];
    var xs', ys' := xs[..i + 1], ys[..i + 1];
    if xs[i] < ys[i] {
      LemmaSeqMswInequality(xs', ys');
    } else {
      LemmaSeqMswInequality(ys', xs');
    }
    LemmaSeqPrefixNeq(xs, ys, i + 1);
  }

  // Sequences of the same length with the same value are equal.
  lemma LemmaSeqEq(xs: seq<digit>, ys: seq<digit>)
    requires |xs| == |ys|
    requires ToNatRight(xs) == ToNatRight(ys)
    ensures xs == ys
  {
    if xs != ys {
      LemmaSeqNeq(xs, ys);
    }
  }

  // The value of xs is congruent to its least significant digit modulo BASE().
  lemma LemmaSeqLswModEquivalence(xs: seq<digit>)
    requires |xs| >= 1
    ensures IsModEquivalent(ToNatRight(xs), First(xs), BASE())
  {
    LemmaModMultiplesBasic(ToNatRight(DropFirst(xs)), BASE());
    assert ToNatRight(xs) - First(xs) == ToNatRight(DropFirst(xs)) * BASE();
  }

  // ---------------------------------------------------------------- FromNat

  // The digits of n, least significant first, without trailing zeros ([] for 0).
  function FromNat(n: nat): (xs: seq<digit>)
  {
    if n == 0 then []
    else
      LemmaDivDecreases(n, BASE());
      LemmaDivPosIsPos(n, BASE());
      LemmaModBound(n, BASE());
      [n % BASE()] + FromNat(n / BASE())
  }

  // FromNat(n) has Log(BASE(), n) + 1 digits for n > 0.
  lemma LemmaFromNatLen2(n: nat)
    ensures n == 0 ==> |FromNat(n)| == 0
    ensures n > 0 ==> |FromNat(n)| == Log(BASE(), n) + 1
  {
    if n > 0 {
      LemmaDivDecreases(n, BASE());
      if n < BASE() {
        LemmaSmallDiv(n, BASE());
        LemmaLog0(BASE(), n);
      } else {
        LemmaDivIsOrdered(BASE(), n, BASE());
        LemmaDivBySelf(BASE());
        LemmaLogS(BASE(), n);
        LemmaFromNatLen2(n / BASE());
      }
    }
  }

  // A number below BASE()^len has at most len digits.
  lemma LemmaFromNatLen(n: nat, len: nat)
    requires Pow(BASE(), len) > n
    ensures |FromNat(n)| <= len
  {
    if n > 0 {
      var p := Pow(BASE(), len - 1);
      LemmaFundamentalDivMod(n, BASE());
      LemmaDivPosIsPos(n, BASE());
      LemmaDivDecreases(n, BASE());
      if n / BASE() >= p {
        LemmaMulInequality(p, n / BASE(), BASE());
        LemmaMulIsCommutative(p, BASE());
        LemmaMulIsCommutative(n / BASE(), BASE());
      }
      LemmaFromNatLen(n / BASE(), len - 1);
    }
  }

  // Reading the digits of n gives n back.
  lemma LemmaNatSeqNat(n: nat)
    ensures ToNatRight(FromNat(n)) == n
    decreases n
  {
    if n > 0 {
      LemmaDivDecreases(n, BASE());
      LemmaDivPosIsPos(n, BASE());
      LemmaNatSeqNat(n / BASE());
      assert DropFirst(FromNat(n)) == FromNat(n / BASE());
      LemmaFundamentalDivMod(n, BASE());
      LemmaMulIsCommutative(n / BASE(), BASE());
    }
  }

  // xs with zeros appended up to length n: the same value.
  opaque function SeqExtend(xs: seq<digit>, n: nat): (ys: seq<digit>)
    requires |xs| <= n
    ensures |ys| == n
    ensures ToNatRight(ys) == ToNatRight(xs)
    decreases n - |xs|
  {
    if |xs| >= n then xs
    else
      LemmaSeqAppendZero(xs);
      SeqExtend(xs + [0], n)
  }

  // xs with zeros appended up to a multiple of n: the same value.
  opaque function SeqExtendMultiple(xs: seq<digit>, n: nat): (ys: seq<digit>)
    requires n > 0
    ensures |ys| % n == 0
    ensures ToNatRight(ys) == ToNatRight(xs)
  {
    var newLen := |xs| + n - |xs| % n;
    LemmaFundamentalDivMod(|xs|, n);
    LemmaMulIsDistributive(n, |xs| / n, 1);
    LemmaMulIsCommutative(n, |xs| / n + 1);
    LemmaFundamentalDivModConverse(newLen, n, |xs| / n + 1, 0);
    SeqExtend(xs, newLen)
  }

  // The len digits of n (zeros at the top as needed).
  function FromNatWithLen(n: nat, len: nat): (xs: seq<digit>)
    requires Pow(BASE(), len) > n
    ensures |xs| == len
    ensures ToNatRight(xs) == n
  {
    LemmaFromNatLen(n, len);
    LemmaNatSeqNat(n);
    SeqExtend(FromNat(n), len)
  }

  // Only zeros have the value 0.
  lemma LemmaSeqZero(xs: seq<digit>)
    requires ToNatRight(xs) == 0
    ensures forall i :: 0 <= i < |xs| ==> xs[i] == 0
  {
    if |xs| > 0 {
      LemmaMulNonnegative(ToNatRight(DropFirst(xs)), BASE());
      LemmaMulNonzero(ToNatRight(DropFirst(xs)), BASE());
      LemmaSeqZero(DropFirst(xs));
      assert forall i :: 1 <= i < |xs| ==> xs[i] == DropFirst(xs)[i - 1];
    }
  }

  // len zeros.
  opaque function SeqZero(len: nat): (xs: seq<digit>)
    ensures |xs| == len
    ensures forall i :: 0 <= i < |xs| ==> xs[i] == 0
    ensures ToNatRight(xs) == 0
  {
    LemmaPowPositive(BASE(), len);
    var xs := FromNatWithLen(0, len);
    LemmaSeqZero(xs);
    xs
  }

  // Writing the value of xs with |xs| digits gives xs back.
  lemma LemmaSeqNatSeq(xs: seq<digit>)
    ensures Pow(BASE(), |xs|) > ToNatRight(xs)
    ensures FromNatWithLen(ToNatRight(xs), |xs|) == xs
  {
    LemmaSeqNatBound(xs);
    LemmaSeqEq(FromNatWithLen(ToNatRight(xs), |xs|), xs);
  }

  // ---------------------------------------------------------------- Addition and subtraction

  // The digits of xs + ys (as many as xs has) and the carry out of the top digit.
  function SeqAdd(xs: seq<digit>, ys: seq<digit>): (seq<digit>, nat)
    requires |xs| == |ys|
    ensures var (zs, cout) := SeqAdd(xs, ys);
            |zs| == |xs| && 0 <= cout <= 1
    decreases xs
  {
    if |xs| == 0 then ([], 0)
    else
      var (zs', cin) := SeqAdd(DropLast(xs), DropLast(ys));
      var sum: int := Last(xs) + Last(ys) + cin;
      if sum < BASE() then (zs' + [sum], 0) else (zs' + [sum - BASE()], 1)
  }

  // SeqAdd adds.
  lemma {:induction false} LemmaSeqAdd(xs: seq<digit>, ys: seq<digit>, zs: seq<digit>, cout: nat)
    requires |xs| == |ys|
    requires SeqAdd(xs, ys) == (zs, cout)
    ensures ToNatRight(xs) + ToNatRight(ys) == ToNatRight(zs) + cout * Pow(BASE(), |xs|)
  {
    if |xs| > 0 {
      var p := Pow(BASE(), |xs| - 1);
      var (zs', cin) := SeqAdd(DropLast(xs), DropLast(ys));
      var x, y := Last(xs), Last(ys);
      var sum: int := x + y + cin;
      var z := if sum < BASE() then sum else sum - BASE();
      assert sum == z + cout * BASE();
      assert DropLast(zs) == zs' && Last(zs) == z;
      LemmaSeqAdd(DropLast(xs), DropLast(ys), zs', cin);
      LemmaToNatRightDropLast(xs);
      LemmaToNatRightDropLast(ys);
      LemmaToNatRightDropLast(zs);
      // The same sum of products, as the equation of the lemma with the tops taken out.
      LemmaMulIsDistributive(p, x + y, cin);
      LemmaMulIsDistributive(p, x, y);
      LemmaMulIsDistributive(p, z, cout * BASE());
      LemmaMulIsAssociative(cout, BASE(), p);
      assert Pow(BASE(), |xs|) == BASE() * p;
      LemmaMulIsCommutative(BASE(), p);
      assert x * p + y * p + cin * p == z * p + cout * (BASE() * p);
    }
  }

  // The digits of xs - ys (as many as xs has, modulo BASE()^|xs|) and the borrow out of the top
  // digit.
  function SeqSub(xs: seq<digit>, ys: seq<digit>): (seq<digit>, nat)
    requires |xs| == |ys|
    ensures var (zs, cout) := SeqSub(xs, ys);
            |zs| == |xs| && 0 <= cout <= 1
    decreases xs
  {
    if |xs| == 0 then ([], 0)
    else
      var (zs, cin) := SeqSub(DropLast(xs), DropLast(ys));
      if Last(xs) >= Last(ys) + cin then (zs + [Last(xs) - Last(ys) - cin], 0)
      else (zs + [BASE() + Last(xs) - Last(ys) - cin], 1)
  }

  // SeqSub subtracts.
  lemma {:induction false} LemmaSeqSub(xs: seq<digit>, ys: seq<digit>, zs: seq<digit>, cout: nat)
    requires |xs| == |ys|
    requires SeqSub(xs, ys) == (zs, cout)
    ensures ToNatRight(xs) - ToNatRight(ys) + cout * Pow(BASE(), |xs|) == ToNatRight(zs)
  {
    if |xs| > 0 {
      var p := Pow(BASE(), |xs| - 1);
      var (zs', cin) := SeqSub(DropLast(xs), DropLast(ys));
      var x, y := Last(xs), Last(ys);
      var z := if x >= y + cin then x - y - cin else BASE() + x - y - cin;
      var diff: int := x - y - cin;
      assert z == diff + cout * BASE();
      assert DropLast(zs) == zs' && Last(zs) == z;
      LemmaSeqSub(DropLast(xs), DropLast(ys), zs', cin);
      LemmaToNatRightDropLast(xs);
      LemmaToNatRightDropLast(ys);
      LemmaToNatRightDropLast(zs);
      LemmaMulIsDistributive(p, x - y, cin);
      LemmaMulIsDistributive(p, x, y);
      LemmaMulIsDistributive(p, diff, cout * BASE());
      LemmaMulIsAssociative(cout, BASE(), p);
      assert Pow(BASE(), |xs|) == BASE() * p;
      LemmaMulIsCommutative(BASE(), p);
      assert x * p - y * p - cin * p + cout * (BASE() * p) == z * p;
    }
  }
}
