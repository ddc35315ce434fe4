// Like arith.dfy, this file imports Std.Arithmetic.Power: each file's C++ carries the module
// (inline, in guarded sections of its header), so the library links with one copy of it.

import Std.Arithmetic.Power
import Std.Strings

// 10^n in decimal digits.
function PowerOfTenText(n: nat): string
{
  Power.LemmaPowPositive(10, n);
  Strings.OfNat(Power.Pow(10, n))
}
