// Std.Math: minimum, maximum and absolute value of integers. Names as in Dafny's Std.Math.
module Std.Math {

  // The smaller of a and b.
  function Min(a: int, b: int): int {
    if b <= a then b else a
  }

  function Min3(a: int, b: int, c: int): int {
    Min(a, Min(b, c))
  }

  // The larger of a and b.
  function Max(a: int, b: int): int {
    if b <= a then a else b
  }

  function Max3(a: int, b: int, c: int): int {
    Max(a, Max(b, c))
  }

  // |a|.
  function Abs(a: int): int {
    if 0 <= a then a else -a
  }
}
