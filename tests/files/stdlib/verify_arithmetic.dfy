// RUN: verify --standard-libraries true --verify-standard-libraries
// dfyc verifies Std.Arithmetic, and a program that uses its lemmas. Expected output is dfyc's
// own: with --verify-standard-libraries, dfyc verifies the library modules a program imports
// along with it (most of the count), where Dafny 4.11 takes its library as verified and says
// "3 verified, 0 errors" (dfyc's default, library mode: stdlib/README.md).
import opened Std.Arithmetic.Power
import opened Std.Arithmetic.Logarithm
import opened Std.Arithmetic.Mul

// 2^(a + b) == 2^a * 2^b, and Log inverts it.
lemma PowOfSum(a: nat, b: nat)
  ensures Pow(2, a + b) == Pow(2, a) * Pow(2, b)
  ensures (LemmaPowPositive(2, a + b); Log(2, Pow(2, a + b)) == a + b)
{
  LemmaPowAdds(2, a, b);
  LemmaLogPow(2, a + b);
}

lemma Scaled(x: int, y: int, k: nat)
  requires x <= y
  ensures x * k <= y * k
{
  LemmaMulInequality(x, y, k);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 98 verified, 0 errors
