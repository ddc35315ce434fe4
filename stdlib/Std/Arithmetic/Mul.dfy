// Std.Arithmetic.Mul: properties of multiplication, for proofs that the solver does not find
// by itself (products of variables). Names as in Dafny's Std.Arithmetic.Mul.
module Std.Arithmetic.Mul {

  lemma LemmaMulBasics(x: int)
    ensures 0 * x == 0 && x * 0 == 0
    ensures 1 * x == x && x * 1 == x
  {}

  lemma LemmaMulIsCommutative(x: int, y: int)
    ensures x * y == y * x
  {}

  lemma LemmaMulIsAssociative(x: int, y: int, z: int)
    ensures x * (y * z) == (x * y) * z
  {}

  lemma LemmaMulIsDistributiveAdd(x: int, y: int, z: int)
    ensures x * (y + z) == x * y + x * z
  {}

  lemma LemmaMulIsDistributiveSub(x: int, y: int, z: int)
    ensures x * (y - z) == x * y - x * z
  {}

  // Both sides, both operations.
  lemma LemmaMulIsDistributive(x: int, y: int, z: int)
    ensures x * (y + z) == x * y + x * z
    ensures x * (y - z) == x * y - x * z
    ensures (y + z) * x == y * x + z * x
    ensures (y - z) * x == y * x - z * x
  {}

  lemma LemmaMulNonnegative(x: int, y: int)
    requires 0 <= x && 0 <= y
    ensures 0 <= x * y
  {}

  lemma LemmaMulStrictlyPositive(x: int, y: int)
    requires 0 < x && 0 < y
    ensures 0 < x * y
  {}

  lemma LemmaMulNonzero(x: int, y: int)
    ensures x * y != 0 <==> x != 0 && y != 0
  {}

  lemma LemmaMulUnaryNegation(x: int, y: int)
    ensures (-x) * y == -(x * y) == x * (-y)
  {}

  // Multiplying both sides of x <= y by a non-negative z.
  lemma LemmaMulInequality(x: int, y: int, z: int)
    requires x <= y && 0 <= z
    ensures x * z <= y * z
  {}

  lemma LemmaMulStrictInequality(x: int, y: int, z: int)
    requires x < y && 0 < z
    ensures x * z < y * z
  {}

  lemma LemmaMulLeftInequality(x: int, y: int, z: int)
    requires 0 < x
    ensures y <= z ==> x * y <= x * z
    ensures y < z ==> x * y < x * z
  {}

  lemma LemmaMulUpperBound(x: int, XBound: int, y: int, YBound: int)
    requires x <= XBound && y <= YBound && 0 <= x && 0 <= y
    ensures x * y <= XBound * YBound
  {
    LemmaMulInequality(x, XBound, y);
    if 0 < XBound {
      LemmaMulLeftInequality(XBound, y, YBound);
    }
  }

  lemma LemmaMulStrictUpperBound(x: int, XBound: int, y: int, YBound: int)
    requires x < XBound && y < YBound && 0 <= x && 0 <= y
    ensures x * y <= (XBound - 1) * (YBound - 1)
  {
    LemmaMulUpperBound(x, XBound - 1, y, YBound - 1);
  }

  lemma LemmaMulIncreases(x: int, y: int)
    requires 0 < x && 0 < y
    ensures y <= x * y
  {}

  lemma LemmaMulStrictlyIncreases(x: int, y: int)
    requires 1 < x && 0 < y
    ensures y < x * y
  {}

  // Cancelling a positive factor.
  lemma LemmaMulEqualityConverse(m: int, x: int, y: int)
    requires m != 0 && m * x == m * y
    ensures x == y
  {}

  lemma LemmaMulInequalityConverse(x: int, y: int, z: int)
    requires x * z <= y * z && 0 < z
    ensures x <= y
  {}

  // The forms with quantifiers, for `calc` steps that need them all at once.
  lemma LemmaMulNonnegativeAuto()
    ensures forall x: int, y: int {:trigger x * y} :: 0 <= x && 0 <= y ==> 0 <= x * y
  {}

  lemma LemmaMulIsCommutativeAuto()
    ensures forall x: int, y: int {:trigger x * y} :: x * y == y * x
  {}

  lemma LemmaMulInequalityAuto()
    ensures forall x: int, y: int, z: int {:trigger x * z, y * z} :: x <= y && 0 <= z ==> x * z <= y * z
  {}

  lemma LemmaMulIsDistributiveAuto()
    ensures forall x: int, y: int, z: int {:trigger x * (y + z)} :: x * (y + z) == x * y + x * z
    ensures forall x: int, y: int, z: int {:trigger x * (y - z)} :: x * (y - z) == x * y - x * z
    ensures forall x: int, y: int, z: int {:trigger (y + z) * x} :: (y + z) * x == y * x + z * x
    ensures forall x: int, y: int, z: int {:trigger (y - z) * x} :: (y - z) * x == y * x - z * x
  {}
}
