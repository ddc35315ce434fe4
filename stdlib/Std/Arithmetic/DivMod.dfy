// Std.Arithmetic.DivMod: properties of Dafny's Euclidean division and modulus.
// Names as in Dafny's Std.Arithmetic.DivMod.
module Std.Arithmetic.DivMod {
  import opened Mul

  lemma LemmaDivBySelf(d: int)
    requires d != 0
    ensures d / d == 1
  {}

  lemma LemmaDivOf0(d: int)
    requires d != 0
    ensures 0 / d == 0
  {}

  lemma LemmaDivBasics(x: int)
    ensures x != 0 ==> 0 / x == 0
    ensures x / 1 == x
    ensures x != 0 ==> x / x == 1
  {}

  // x == d * (x / d) + x % d, with the remainder in [0, |d|).
  lemma LemmaFundamentalDivMod(x: int, d: int)
    requires d != 0
    ensures x == d * (x / d) + (x % d)
  {}

  lemma LemmaModBound(x: int, m: int)
    requires 0 < m
    ensures 0 <= x % m < m
  {}

  // Quotient and remainder are determined by the equation and the range of the remainder.
  lemma LemmaFundamentalDivModConverse(x: int, d: int, q: int, r: int)
    requires d != 0 && 0 <= r < if d < 0 then -d else d
    requires x == q * d + r
    ensures q == x / d && r == x % d
  {
    var k := q - x / d;
    var r' := x % d;
    assert d * k == r' - r by {
      LemmaFundamentalDivMod(x, d);
      LemmaMulIsCommutative(q, d);
      LemmaMulIsDistributiveSub(d, q, x / d);
    }
    // A non-zero multiple of d is at least |d| away from 0, further than r' - r.
    if k >= 1 {
      if d > 0 {
        LemmaMulInequality(1, k, d);
        LemmaMulIsCommutative(k, d);
      } else {
        LemmaMulInequality(1, k, -d);
        LemmaMulUnaryNegation(d, k);
        LemmaMulIsCommutative(k, -d);
      }
    } else if k <= -1 {
      if d > 0 {
        LemmaMulInequality(1, -k, d);
        LemmaMulUnaryNegation(k, d);
        LemmaMulIsCommutative(k, d);
      } else {
        LemmaMulInequality(1, -k, -d);
        LemmaMulUnaryNegation(d, k);
        LemmaMulUnaryNegation(-k, d);
        LemmaMulIsCommutative(-k, d);
      }
    }
  }

  lemma LemmaSmallDiv(x: int, d: int)
    requires 0 <= x < d
    ensures x / d == 0
  {}

  lemma LemmaSmallMod(x: nat, m: nat)
    requires x < m
    ensures x % m == x
  {}

  lemma LemmaDivPosIsPos(x: int, d: int)
    requires 0 <= x && 0 < d
    ensures 0 <= x / d
  {}

  lemma LemmaDivNonincreasing(x: int, d: int)
    requires 0 <= x && 0 < d
    ensures x / d <= x
  {
    LemmaFundamentalDivMod(x, d);
    LemmaMulInequality(1, d, x / d);
  }

  lemma LemmaDivDecreases(x: int, d: int)
    requires 0 < x && 1 < d
    ensures x / d < x
  {
    LemmaFundamentalDivMod(x, d);
    if x / d > 0 {
      LemmaMulInequality(2, d, x / d);
    }
  }

  // Division by a positive number keeps the order.
  lemma LemmaDivIsOrdered(x: int, y: int, z: int)
    requires x <= y && 0 < z
    ensures x / z <= y / z
  {
    LemmaFundamentalDivMod(x, z);
    LemmaFundamentalDivMod(y, z);
    if x / z > y / z {
      LemmaMulInequality(y / z + 1, x / z, z);
      LemmaMulIsCommutative(x / z, z);
      LemmaMulIsCommutative(y / z + 1, z);
      LemmaMulIsDistributiveAdd(z, y / z, 1);
    }
  }

  // (x * d) / d == x and (x * d) % d == 0.
  lemma LemmaDivMultiplesVanish(x: int, d: int)
    requires 0 < d
    ensures (d * x) / d == x
  {
    LemmaFundamentalDivModConverse(d * x, d, x, 0);
  }

  // A product divided by one of its factors gives the other.
  lemma LemmaDivExact(q: int, p: int, d: int)
    requires 0 < d && q == d * p
    ensures q / d == p && q % d == 0
  {
    LemmaFundamentalDivModConverse(q, d, p, 0);
    LemmaMulIsCommutative(d, p);
  }

  lemma LemmaModMultiplesBasic(x: int, m: int)
    requires 0 < m
    ensures (x * m) % m == 0
  {
    LemmaFundamentalDivModConverse(x * m, m, x, 0);
  }

  // Adding a multiple of d moves the quotient by that multiple and keeps the remainder.
  lemma LemmaDivPlusMultiple(x: int, k: int, d: int)
    requires 0 < d
    ensures (x + k * d) / d == x / d + k
    ensures (x + k * d) % d == x % d
  {
    LemmaFundamentalDivModConverse(x + k * d, d, x / d + k, x % d);
  }

  // x and y leave the same remainder exactly when their difference is a multiple of m.
  lemma LemmaModEquivalence(x: int, y: int, m: int)
    requires m > 0
    ensures x % m == y % m <==> (x - y) % m == 0
  {
    LemmaFundamentalDivMod(x, m);
    LemmaFundamentalDivMod(y, m);
    LemmaMulIsDistributiveSub(m, x / m, y / m);
    LemmaMulIsCommutative(m, x / m - y / m);
    if x % m == y % m {
      LemmaFundamentalDivModConverse(x - y, m, x / m - y / m, 0);
    } else if (x - y) % m == 0 {
      var k := (x - y) / m;
      LemmaFundamentalDivMod(x - y, m);
      LemmaMulIsCommutative(m, k);
      LemmaDivPlusMultiple(y, k, m);
    }
  }

  // x and y are congruent modulo m (Dafny's name and contract).
  ghost predicate IsModEquivalent(x: int, y: int, m: int)
    requires m > 0
    ensures x % m == y % m <==> (x - y) % m == 0
  {
    LemmaModEquivalence(x, y, m);
    (x - y) % m == 0
  }

  lemma LemmaDivPosIsPosAuto()
    ensures forall x: int, d: int {:trigger x / d} :: 0 <= x && 0 < d ==> 0 <= x / d
  {}

  lemma LemmaDivDecreasesAuto()
    ensures forall x: int, d: int {:trigger x / d} :: 0 < x && 1 < d ==> x / d < x
  {
    forall x: int, d: int | 0 < x && 1 < d
      ensures x / d < x
    {
      LemmaDivDecreases(x, d);
    }
  }

  lemma LemmaFundamentalDivModAuto()
    ensures forall x: int, d: int {:trigger x / d} {:trigger x % d} :: d != 0 ==> x == d * (x / d) + (x % d)
  {}
}
