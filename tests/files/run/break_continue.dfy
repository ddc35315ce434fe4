// RUN: run --no-verify
// Expected output recorded from Dafny 4.11: dafny run break_continue.dfy
// break continue leaves the inner loop and continues the outer one; break break leaves both.
method Main() {
  var i := 0;
  var trace := [];
  while i < 3
    invariant 0 <= i <= 3
  {
    i := i + 1;
    var j := 0;
    while j < 10
      invariant 0 <= j <= 10
    {
      if j == 2 {
        break continue;
      }
      trace := trace + [(i, j)];
      j := j + 1;
    }
    trace := trace + [(i, -1)];  // never reached
  }
  print trace, "\n";
  var k := 0;
  while true
    decreases 5 - k
    invariant 0 <= k <= 5
  {
    while k < 5
      invariant 0 <= k <= 5
    {
      if k == 4 {
        break break;
      }
      k := k + 1;
    }
    break;
  }
  print k, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [(1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 1)]
// CHECK: 4
