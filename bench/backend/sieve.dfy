// Bench (bounded newtypes): the sieve of Eratosthenes up to 50,000,000.
newtype i64 = x: int | -0x8000_0000_0000_0000 <= x < 0x8000_0000_0000_0000

method Main() {
  var n: i64 := 50000000;
  var composite := new bool[n + 1];
  var count: i64 := 0;
  var sum: i64 := 0;
  var p: i64 := 2;
  while p <= n {
    if !composite[p] {
      count := count + 1;
      sum := (sum + p) % 1000000007;
      if p <= n / p {
        var m := p * p;
        while m <= n {
          composite[m] := true;
          m := m + p;
        }
      }
    }
    p := p + 1;
  }
  print count, " ", sum, "\n";
}
