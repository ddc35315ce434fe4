// Std.Collections.Array: algorithms on arrays. Names and contracts as in Dafny's
// Std.Collections.Array.
module Std.Collections.Array {
  import opened Wrappers
  import opened Relations

  // The index of key in a, whose elements are in ascending order under the strict total order
  // less; None when key is not there. Halves the range [lo, hi) that may still hold key.
  method BinarySearch<T(!new)>(a: array<T>, key: T, less: (T, T) -> bool) returns (r: Option<nat>)
    requires SortedBy((x, y) => less(x, y) || x == y, a[..])
    requires StrictTotalOrdering(less)
    ensures r.Some? ==> r.value < a.Length && a[r.value] == key
    ensures r.None? ==> key !in a[..]
  {
    var lo: nat := 0;
    var hi: nat := a.Length;
    while lo < hi
      invariant lo <= hi <= a.Length
      invariant forall i | 0 <= i < lo :: a[i] != key
      invariant forall i | hi <= i < a.Length :: a[i] != key
    {
      var mid := lo + (hi - lo) / 2;
      if less(key, a[mid]) {
        // Everything from mid on is at least a[mid], so strictly above key.
        forall i | mid <= i < a.Length
          ensures a[i] != key
        {
          assert less(a[mid], a[i]) || a[mid] == a[i];
        }
        hi := mid;
      } else if less(a[mid], key) {
        // Everything up to mid is at most a[mid], so strictly below key.
        forall i | 0 <= i <= mid
          ensures a[i] != key
        {
          assert less(a[i], a[mid]) || a[i] == a[mid];
        }
        lo := mid + 1;
      } else {
        // Neither is below the other: a strict total order is connected, so they are equal.
        return Some(mid);
      }
    }
    return None;
  }
}
