// Bench (bounded newtypes): a byte buffer of 8 MB of records (tag, length, payload), parsed
// 40 times: records counted and payload bytes summed per tag.
newtype u8 = x: int | 0 <= x < 256
newtype i64 = x: int | -0x8000_0000_0000_0000 <= x < 0x8000_0000_0000_0000

method Build(size: i64) returns (buf: seq<u8>) {
  var a := new u8[size];
  var x: i64 := 12345;
  var i: i64 := 0;
  while i + 34 <= size {
    x := (x * 1103515245 + 12345) % 2147483648;
    var len := x % 32;
    a[i] := (x % 4) as u8;
    a[i + 1] := len as u8;
    var j: i64 := 0;
    while j < len {
      a[i + 2 + j] := ((x + j * 7) % 256) as u8;
      j := j + 1;
    }
    i := i + 2 + len;
  }
  // The rest stays zero: records of tag 0 with an empty payload.
  buf := a[..];
}

method Parse(buf: seq<u8>, sums: array<i64>) returns (records: i64)
  requires sums.Length == 4
  modifies sums
{
  var n := |buf| as i64;
  var i: i64 := 0;
  records := 0;
  while i + 1 < n {
    var tag := buf[i] as i64;
    var len := buf[i + 1] as i64;
    var j: i64 := 0;
    var sum: i64 := 0;
    while j < len && i + 2 + j < n {
      sum := sum + buf[i + 2 + j] as i64;
      j := j + 1;
    }
    sums[tag] := sums[tag] + sum;
    records := records + 1;
    i := i + 2 + len;
  }
}

method Main() {
  var buf := Build(8000000);
  var sums := new i64[4];
  var records: i64 := 0;
  var pass := 0;
  while pass < 40 {
    var r := Parse(buf, sums);
    records := records + r;
    pass := pass + 1;
  }
  print records, " ", sums[0], " ", sums[1], " ", sums[2], " ", sums[3], "\n";
}
