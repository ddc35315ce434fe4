// Std.Unicode.Base: code points and scalar values (Unicode 15.1, chapter 3). Names and types as
// in Dafny's Std.Unicode.Base: a code point is a 24-bit bit-vector.
module Std.Unicode.Base {
  // Any value in the Unicode codespace, 0 to 0x10FFFF (section 3.4, D9-D10).
  type CodePoint = i: bv24 | 0 <= i <= 0x10FFFF

  // A code point in U+D800 to U+DBFF (section 3.8, D71).
  type HighSurrogateCodePoint = p: CodePoint | HIGH_SURROGATE_MIN <= p <= HIGH_SURROGATE_MAX
    witness HIGH_SURROGATE_MIN
  const HIGH_SURROGATE_MIN: CodePoint := 0xD800
  const HIGH_SURROGATE_MAX: CodePoint := 0xDBFF

  // A code point in U+DC00 to U+DFFF (section 3.8, D73).
  type LowSurrogateCodePoint = p: CodePoint | LOW_SURROGATE_MIN <= p <= LOW_SURROGATE_MAX
    witness LOW_SURROGATE_MIN
  const LOW_SURROGATE_MIN: CodePoint := 0xDC00
  const LOW_SURROGATE_MAX: CodePoint := 0xDFFF

  // A code point that is not a surrogate: what UTF-8 and UTF-16 encode, and what a Dafny char
  // is (section 3.9, D76).
  type ScalarValue = p: CodePoint |
    && (p < HIGH_SURROGATE_MIN || p > HIGH_SURROGATE_MAX)
    && (p < LOW_SURROGATE_MIN || p > LOW_SURROGATE_MAX)

  // The planes with assigned code points: 0-3 and 14-16.
  const ASSIGNED_PLANES: set<bv8> := {0, 1, 2, 3, 14, 15, 16}

  // Whether i's plane (its bits above the lowest 16) has assigned code points.
  predicate IsInAssignedPlane(i: CodePoint) {
    var plane := (i >> 16) as bv8;
    plane in ASSIGNED_PLANES
  }

  // A code point of an assigned plane (a superset of the assigned code points: not every code
  // point of such a plane is assigned).
  type AssignedCodePoint = p: CodePoint | IsInAssignedPlane(p) witness 0
}
