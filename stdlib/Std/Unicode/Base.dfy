// Std.Unicode.Base: code points and scalar values (Unicode 15.1, chapter 3). Names as in Dafny's
// Std.Unicode.Base; code points are ints here, not bv24 (stdlib/README.md says why).
module Std.Unicode.Base {
  type CodePoint = i: int | 0 <= i <= 0x10FFFF

  const HIGH_SURROGATE_MIN: CodePoint := 0xD800
  const HIGH_SURROGATE_MAX: CodePoint := 0xDBFF
  const LOW_SURROGATE_MIN: CodePoint := 0xDC00
  const LOW_SURROGATE_MAX: CodePoint := 0xDFFF

  type HighSurrogateCodePoint = p: CodePoint | HIGH_SURROGATE_MIN <= p <= HIGH_SURROGATE_MAX
    witness HIGH_SURROGATE_MIN

  type LowSurrogateCodePoint = p: CodePoint | LOW_SURROGATE_MIN <= p <= LOW_SURROGATE_MAX
    witness LOW_SURROGATE_MIN

  // A code point that is not a surrogate: what UTF-8 and UTF-16 encode, and what a Dafny char is.
  type ScalarValue = p: CodePoint |
    && (p < HIGH_SURROGATE_MIN || p > HIGH_SURROGATE_MAX)
    && (p < LOW_SURROGATE_MIN || p > LOW_SURROGATE_MAX)

  // The planes with assigned code points: 0-3 and 14-16.
  const ASSIGNED_PLANES: set<int> := {0, 1, 2, 3, 14, 15, 16}

  predicate IsInAssignedPlane(i: CodePoint) {
    i / 0x1_0000 in ASSIGNED_PLANES
  }

  type AssignedCodePoint = p: CodePoint | IsInAssignedPlane(p) witness 0
}
