// Std.Arithmetic.Logarithm: the integer logarithm Log(base, pow) == floor(log_base(pow)).
// Names as in Dafny's Std.Arithmetic.Logarithm.
module Std.Arithmetic.Logarithm {
  import opened DivMod
  import opened Mul
  import opened Power

  // The number of times pow can be divided by base before it drops below base.
  function Log(base: nat, pow: nat): nat
    requires base > 1
    decreases pow
  {
    if pow < base then 0
    else
      LemmaDivDecreases(pow, base);
      1 + Log(base, pow / base)
  }

  lemma LemmaLog0(base: nat, pow: nat)
    requires base > 1 && pow < base
    ensures Log(base, pow) == 0
  {}

  lemma LemmaLogS(base: nat, pow: nat)
    requires base > 1 && pow >= base
    ensures pow / base >= 0
    ensures Log(base, pow) == 1 + Log(base, pow / base)
  {}

  // Log is monotonic in its second argument.
  lemma LemmaLogIsOrdered(base: nat, pow: nat, pow': nat)
    requires base > 1 && pow <= pow'
    ensures Log(base, pow) <= Log(base, pow')
    decreases pow
  {
    if pow >= base {
      LemmaDivIsOrdered(pow, pow', base);
      LemmaDivDecreases(pow, base);
      LemmaLogIsOrdered(base, pow / base, pow' / base);
    }
  }

  // Log inverts Pow.
  lemma LemmaLogPow(base: nat, n: nat)
    requires base > 1
    ensures (LemmaPowPositive(base, n); Log(base, Pow(base, n)) == n)
    decreases n
  {
    LemmaPowPositive(base, n);
    if n > 0 {
      var p := Pow(base, n - 1);
      var q := Pow(base, n);
      LemmaPowPositive(base, n - 1);
      assert q == base * p;
      // q >= base, and q / base == p.
      LemmaMulInequality(1, p, base);
      LemmaMulIsCommutative(p, base);
      LemmaDivExact(q, p, base);
      LemmaLogS(base, q);
      LemmaLogPow(base, n - 1);
    }
  }
}
