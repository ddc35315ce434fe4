// RUN: run --no-verify
// `break L` and `continue L` to a labelled while-case loop (`label L: while case ...`), from
// inside an if in a case and from a loop nested in it. Found by Dafny's
// comp/ForLoops-Compilation.dfy. Expected output recorded from Dafny 4.11 (`dafny run`).
method Count() returns (b: bool, steps: int) {
  b := false;
  steps := 0;
  var i := 0;
  label Loop:
  while
    decreases 10 - i
  {
    case i < 10 =>
      steps := steps + 1;
      if i < 7 {
        i := i + 1;
        continue Loop;
      } else {
        b := true;
        break Loop;
      }
  }
}

method Nested() {
  var i := 0;
  label Outer:
  while
    decreases 5 - i
  {
    case i < 5 =>
      i := i + 1;
      var j := 0;
      while j < 10
        decreases 10 - j
      {
        j := j + 1;
        if j == 2 && i % 2 == 0 { continue Outer; }
        if i == 4 { break Outer; }
      }
      print "i=", i, " j=", j, "\n";
  }
  print "after ", i, "\n";
}

method Main() {
  var b, steps := Count();
  print b, " ", steps, "\n";
  Nested();
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true 8
// CHECK: i=1 j=10
// CHECK: i=3 j=10
// CHECK: after 4
