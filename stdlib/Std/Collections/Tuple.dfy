// Std.Collections.Tuple: the projections of a pair as function values (for Seq.Map and the
// like). Names as in Dafny's Std.Collections.Tuple.
module Std.Collections.Tuple {

  // The function that takes a pair to its first component.
  function T2_0<L, R>(): ((L, R)) -> L {
    (pair: (L, R)) => pair.0
  }

  // The function that takes a pair to its second component.
  function T2_1<L, R>(): ((L, R)) -> R {
    (pair: (L, R)) => pair.1
  }
}
