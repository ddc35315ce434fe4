// Std.Arithmetic.Power: Pow(b, e) == b^e and its laws. Names as in Dafny's Std.Arithmetic.Power.
module Std.Arithmetic.Power {
  import opened Mul

  // b raised to the e.
  function Pow(b: int, e: nat): int
    decreases e
  {
    if e == 0 then 1 else b * Pow(b, e - 1)
  }

  lemma LemmaPow0(b: int)
    ensures Pow(b, 0) == 1
  {}

  lemma LemmaPow1(b: int)
    ensures Pow(b, 1) == b
  {}

  lemma Lemma0Pow(e: nat)
    requires e > 0
    ensures Pow(0, e) == 0
  {}

  lemma Lemma1Pow(e: nat)
    ensures Pow(1, e) == 1
  {}

  lemma LemmaSquareIsPow2(x: nat)
    ensures Pow(x, 2) == x * x
  {
    assert Pow(x, 1) == x;
  }

  lemma LemmaPowPositive(b: int, e: nat)
    requires b > 0
    ensures 0 < Pow(b, e)
  {
    if e > 0 {
      LemmaPowPositive(b, e - 1);
      LemmaMulStrictlyPositive(b, Pow(b, e - 1));
    }
  }

  // b^(e1 + e2) == b^e1 * b^e2
  lemma LemmaPowAdds(b: int, e1: nat, e2: nat)
    decreases e1
    ensures Pow(b, e1 + e2) == Pow(b, e1) * Pow(b, e2)
  {
    if e1 > 0 {
      calc {
        Pow(b, e1 + e2);
        b * Pow(b, e1 - 1 + e2);
        { LemmaPowAdds(b, e1 - 1, e2); }
        b * (Pow(b, e1 - 1) * Pow(b, e2));
        { LemmaMulIsAssociative(b, Pow(b, e1 - 1), Pow(b, e2)); }
        Pow(b, e1) * Pow(b, e2);
      }
    }
  }

  lemma LemmaPowSubAddCancel(b: int, e1: nat, e2: nat)
    requires e1 >= e2
    ensures Pow(b, e1 - e2) * Pow(b, e2) == Pow(b, e1)
  {
    LemmaPowAdds(b, e1 - e2, e2);
  }

  // (a^b)^c == a^(b * c)
  lemma LemmaPowMultiplies(a: int, b: nat, c: nat)
    decreases c
    ensures 0 <= b * c
    ensures Pow(Pow(a, b), c) == Pow(a, b * c)
  {
    LemmaMulNonnegative(b, c);
    if c > 0 {
      calc {
        Pow(Pow(a, b), c);
        Pow(a, b) * Pow(Pow(a, b), c - 1);
        { LemmaPowMultiplies(a, b, c - 1); }
        Pow(a, b) * Pow(a, b * (c - 1));
        { LemmaMulNonnegative(b, c - 1); LemmaPowAdds(a, b, b * (c - 1)); }
        Pow(a, b + b * (c - 1));
        { LemmaMulIsDistributive(b, c, 1); }
        Pow(a, b * c);
      }
    }
  }

  // (a * b)^e == a^e * b^e
  lemma LemmaPowDistributes(a: int, b: int, e: nat)
    ensures Pow(a * b, e) == Pow(a, e) * Pow(b, e)
  {
    if e > 0 {
      LemmaPowDistributes(a, b, e - 1);
      calc {
        Pow(a * b, e);
        (a * b) * (Pow(a, e - 1) * Pow(b, e - 1));
        (a * Pow(a, e - 1)) * (b * Pow(b, e - 1));
        Pow(a, e) * Pow(b, e);
      }
    }
  }

  lemma LemmaPowIncreases(b: nat, e1: nat, e2: nat)
    requires b > 0 && e1 <= e2
    ensures Pow(b, e1) <= Pow(b, e2)
  {
    if e1 < e2 {
      LemmaPowIncreases(b, e1, e2 - 1);
      LemmaPowPositive(b, e2 - 1);
      LemmaMulIncreases(b, Pow(b, e2 - 1));
    }
  }

  lemma LemmaPowStrictlyIncreases(b: nat, e1: nat, e2: nat)
    requires 1 < b && e1 < e2
    ensures Pow(b, e1) < Pow(b, e2)
  {
    LemmaPowIncreases(b, e1, e2 - 1);
    LemmaPowPositive(b, e2 - 1);
    LemmaMulStrictlyIncreases(b, Pow(b, e2 - 1));
  }

  lemma LemmaPowStrictlyIncreasesConverse(b: nat, e1: nat, e2: nat)
    requires b > 0 && Pow(b, e1) < Pow(b, e2)
    ensures e1 < e2
  {
    if e1 >= e2 {
      LemmaPowIncreases(b, e2, e1);
    }
  }

  lemma LemmaPowIncreasesConverse(b: nat, e1: nat, e2: nat)
    requires 1 < b && Pow(b, e1) <= Pow(b, e2)
    ensures e1 <= e2
  {
    if e1 > e2 {
      LemmaPowStrictlyIncreases(b, e2, e1);
    }
  }

  lemma LemmaPowPositiveAuto()
    ensures forall b: int, e: nat {:trigger Pow(b, e)} :: b > 0 ==> 0 < Pow(b, e)
  {
    forall b: int, e: nat | b > 0
      ensures 0 < Pow(b, e)
    {
      LemmaPowPositive(b, e);
    }
  }
}
