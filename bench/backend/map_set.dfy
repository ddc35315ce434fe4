// Bench (int): a map and a set updated 3,000,000 times (counting keys), then queried.
method Main() {
  var m: map<int, int> := map[];
  var s: set<int> := {};
  var x := 1;
  var i := 0;
  while i < 3000000 {
    x := (x * 1103515245 + 12345) % 2147483648;
    var k := x % 50000;
    if k in m {
      m := m[k := m[k] + 1];
    } else {
      m := m[k := 1];
    }
    if x % 3 == 0 {
      s := s + {k};
    }
    i := i + 1;
  }
  var total := 0;
  var both := 0;
  var k := 0;
  while k < 50000 {
    if k in m {
      total := total + m[k] * k;
      if k in s {
        both := both + 1;
      }
    }
    k := k + 1;
  }
  print |m|, " ", |s|, " ", total, " ", both, "\n";
}
