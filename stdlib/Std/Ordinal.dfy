// Std.Ordinal: addition and multiplication of ORDINALs, beyond what Dafny's built-in ORDINAL
// gives (`+` with its prelude axioms only). Names as in Dafny's Std.Ordinal; written for dfyc.
// The {:axiom} declarations are facts of ordinal arithmetic that neither Dafny nor dfyc proves
// from its axioms of ORDINAL; they are stated here as in the literature (Dafny's library states
// TimesIncreasingOnLeft with `<`, which does not hold for left == left', and defines Plus(left, 0)
// as 0, which contradicts PlusDefinition; ours says `<=` and left).
module Std.Ordinal {

  // The first limit ordinal.
  ghost function {:axiom} Omega(): ORDINAL
    ensures !Omega().IsNat
    ensures Omega().IsLimit
    ensures forall other: ORDINAL | other.IsLimit && other != 0 :: Omega() <= other

  // The successor of a is the least ordinal above a.
  lemma {:axiom} Succ(a: ORDINAL, b: ORDINAL)
    ensures a < b <==> a + 1 <= b

  // left + right for a limit right: the least ordinal above every left + right', right' < right.
  ghost function {:axiom} PlusLimit(left: ORDINAL, right: ORDINAL): (result: ORDINAL)
    ensures forall right' | right' < right :: Plus(left, right') < result
    ensures forall result' {:trigger} |
              forall right' | right' < right :: Plus(left, right') < result' :: result <= result'
    decreases right, 0

  // Ordinal addition by transfinite recursion on the right operand.
  ghost function Plus(left: ORDINAL, right: ORDINAL): ORDINAL
    decreases right
  {
    if right == 0 then left
    else if right.IsLimit then PlusLimit(left, right)
    else Plus(left, right - 1) + 1
  }

  // Plus is Dafny's `+`.
  lemma {:axiom} PlusDefinition(left: ORDINAL, right: ORDINAL)
    ensures Plus(left, right) == left + right

  lemma {:axiom} PlusStrictlyIncreasingOnRight(left: ORDINAL, right: ORDINAL, right': ORDINAL)
    requires right < right'
    ensures left + right < left + right'
    decreases right

  lemma {:axiom} PlusIncreasingOnLeft(left: ORDINAL, left': ORDINAL, right: ORDINAL)
    requires left <= left'
    ensures left + right <= left' + right

  lemma SuccStrictlyIncreasing(a: ORDINAL, b: ORDINAL)
    requires a < b
    ensures a + 1 < b + 1
  {
    Succ(a, b);
    Succ(b, b + 1);
  }

  lemma SuccIncreasing(a: ORDINAL, b: ORDINAL)
    requires a <= b
    ensures a + 1 <= b + 1
  {
    if a < b {
      SuccStrictlyIncreasing(a, b);
    }
  }

  lemma {:axiom} PlusIsAssociative(x: ORDINAL, y: ORDINAL, z: ORDINAL)
    ensures (x + y) + z == x + (y + z)
    decreases z

  // left * right for a limit right: the least ordinal above every left * right', right' < right.
  ghost function {:axiom} TimesLimit(left: ORDINAL, right: ORDINAL): (result: ORDINAL)
    ensures forall right' | right' < right :: Times(left, right') < result
    ensures forall result' {:trigger} |
              (forall right' | right' < right :: Times(left, right') < result') :: result <= result'
    decreases right, 0

  // Ordinal multiplication by transfinite recursion on the right operand.
  ghost function Times(left: ORDINAL, right: ORDINAL): (result: ORDINAL)
    decreases right
  {
    if right == 0 then 0
    else if right.IsLimit then TimesLimit(left, right)
    else Times(left, right - 1) + left
  }

  lemma TimesLeftIdentity(o: ORDINAL)
    ensures Times(1, o) == o
    decreases o
  {
    if o == 0 {
    } else if o.IsLimit {
      // Times(1, o) is the least ordinal above every Times(1, o') == o', o' < o.
      forall o' | o' < o ensures Times(1, o') < o {
        TimesLeftIdentity(o');
      }
      assert Times(1, o) <= o;
      if Times(1, o) < o {
        TimesLeftIdentity(Times(1, o));
      }
    } else {
      TimesLeftIdentity(o - 1);
    }
  }

  lemma TimesRightIdentity(o: ORDINAL)
    ensures Times(o, 1) == o
  {
  }

  lemma {:axiom} TimesStrictlyIncreasingOnRight(left: ORDINAL, right: ORDINAL, right': ORDINAL)
    requires 0 < left
    requires right < right'
    ensures Times(left, right) < Times(left, right')

  lemma {:axiom} TimesIncreasingOnLeft(left: ORDINAL, left': ORDINAL, right: ORDINAL)
    requires left <= left'
    ensures Times(left, right) <= Times(left', right)

  lemma {:axiom} TimesDistributesOnLeft(left: ORDINAL, right: ORDINAL, right': ORDINAL)
    ensures Times(left, right + right') == Times(left, right) + Times(left, right')
    decreases right'

  // The larger of two ordinals.
  function Max(a: ORDINAL, b: ORDINAL): ORDINAL {
    if a < b then b else a
  }

  // Digits below the base: base * a + b < base * a' when a < a' and b < base.
  lemma RadixStrictlyIncreasing(base: ORDINAL, a: ORDINAL, a': ORDINAL, b: ORDINAL)
    requires a < a'
    requires b < base
    ensures Times(base, a) + b < Times(base, a')
  {
    Succ(a, a');
    // Times(base, a + 1) == Times(base, a) + base
    TimesDistributesOnLeft(base, a, 1);
    TimesRightIdentity(base);
    PlusStrictlyIncreasingOnRight(Times(base, a), b, base);
    assert Times(base, a) + b < Times(base, a + 1);
    if a + 1 < a' {
      TimesStrictlyIncreasingOnRight(base, a + 1, a');
    }
    assert Times(base, a + 1) <= Times(base, a');
  }
}
