// RUN: verify --show-snippets false
// Binary search whose update of `lo` skips a possible position of the key.
method Search(a: array<int>, key: int) returns (found: bool)
  requires forall i, j :: 0 <= i < j < a.Length ==> a[i] <= a[j]
  ensures found ==> exists i :: 0 <= i < a.Length && a[i] == key
{
  var lo, hi := 0, a.Length;
  found := false;
  while lo < hi
    invariant 0 <= lo <= hi <= a.Length
  {
    var mid := (lo + hi) / 2;
    if a[mid] == key {
      found := true;
      return;
    } else if a[mid] < key {
      lo := mid;
    } else {
      hi := mid;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_binary_search_invariant.dfy(9,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
