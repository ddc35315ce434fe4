// Bench (int): bottom-up merge sort of 3,000,000 pseudo-random ints in an array.
method Fill(a: array<int>, seed: int)
  modifies a
{
  var x := seed;
  var i := 0;
  while i < a.Length {
    x := (x * 1103515245 + 12345) % 2147483648;
    a[i] := x % 1000000;
    i := i + 1;
  }
}

method MergeSort(a: array<int>)
  modifies a
{
  var n := a.Length;
  var tmp := new int[n];
  var width := 1;
  while width < n {
    var lo := 0;
    while lo < n {
      var mid := if lo + width < n then lo + width else n;
      var hi := if lo + 2 * width < n then lo + 2 * width else n;
      var i, j, k := lo, mid, lo;
      while k < hi {
        if i < mid && (j >= hi || a[i] <= a[j]) {
          tmp[k] := a[i];
          i := i + 1;
        } else {
          tmp[k] := a[j];
          j := j + 1;
        }
        k := k + 1;
      }
      lo := hi;
    }
    var c := 0;
    while c < n {
      a[c] := tmp[c];
      c := c + 1;
    }
    width := 2 * width;
  }
}

method Main() {
  var a := new int[3000000];
  Fill(a, 42);
  MergeSort(a);
  var sorted := true;
  var check := 0;
  var i := 0;
  while i < a.Length {
    if i > 0 && a[i - 1] > a[i] {
      sorted := false;
    }
    check := (check * 31 + a[i]) % 1000000007;
    i := i + 1;
  }
  print sorted, " ", check, "\n";
}
