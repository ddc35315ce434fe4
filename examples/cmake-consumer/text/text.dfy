// A second library (dafny_text, see CMakeLists.txt) linked into the same program as dafny_math:
// both carry Std.Strings and Std.Arithmetic.Power, and main.cpp includes the headers of both.

import Std.Strings

// n in decimal, with a sign when it is negative.
function Describe(n: int): string
{
  "n = " + Strings.OfInt(n)
}
