// Bench (bounded newtypes): 4,000,000 binary searches in a sorted array of 1,000,000 uint32s.
newtype u32 = x: int | 0 <= x < 0x1_0000_0000
newtype i64 = x: int | -0x8000_0000_0000_0000 <= x < 0x8000_0000_0000_0000

method Search(a: array<u32>, key: u32) returns (found: bool) {
  var lo: i64 := 0;
  var hi: i64 := a.Length as i64;
  while lo < hi {
    var mid := lo + (hi - lo) / 2;
    if a[mid] < key {
      lo := mid + 1;
    } else if a[mid] > key {
      hi := mid;
    } else {
      return true;
    }
  }
  return false;
}

method Main() {
  var n: i64 := 1000000;
  var a := new u32[n];
  var i: i64 := 0;
  while i < n {
    a[i] := (3 * i) as u32;
    i := i + 1;
  }
  var x: i64 := 7;
  var found: i64 := 0;
  var q: i64 := 0;
  while q < 4000000 {
    x := (x * 1103515245 + 12345) % 2147483648;
    var ok := Search(a, (x % 3000000) as u32);
    if ok {
      found := found + 1;
    }
    q := q + 1;
  }
  print found, "\n";
}
