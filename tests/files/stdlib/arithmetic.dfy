// RUN: run --no-verify --standard-libraries
// Std.Arithmetic: Pow and Log, and lemmas used in a proof; a bare --standard-libraries means
// true. Expected output recorded from Dafny 4.11 (`dafny run --no-verify --standard-libraries
// true`, with Dafny's own library).
import opened Std.Arithmetic.Power
import opened Std.Arithmetic.Logarithm
import opened Std.Arithmetic.DivMod
import opened Std.Arithmetic.Mul

method Main() {
  print Pow(2, 10), " ", Pow(3, 0), " ", Pow(-2, 5), " ", Pow(10, 20), "\n";
  print Log(2, 1024), " ", Log(10, 999), " ", Log(10, 1000), " ", Log(7, 0), "\n";
  LemmaPowAdds(2, 3, 4);
  assert Pow(2, 7) == Pow(2, 3) * Pow(2, 4);
  LemmaFundamentalDivMod(17, 5);
  LemmaMulIsCommutative(3, 4);
  print 17 / 5, " ", 17 % 5, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1024 1 -32 100000000000000000000
// CHECK: 10 2 3 0
// CHECK: 3 2
