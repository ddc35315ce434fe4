// RUN: run --standard-libraries true
// Std.Arithmetic.Power2 from a user program: Pow2 compiled, Lemma2To64, LemmaPow2 and the mask
// lemmas in proofs. Expected output recorded from Dafny 4.11 (`dafny run --standard-libraries
// true`, with Dafny's own standard library), which verifies the program first; dfyc verifies it
// with its library in library mode.
import opened Std.Arithmetic.Power2
import opened Std.Arithmetic.Power

lemma ByteMask()
  ensures Pow2(8) - 1 == 255
  ensures (Pow2(8) - 1) / 2 == 127
{
  Lemma2To64();
  LemmaPow2MaskDiv2(8);
}

lemma MaskHalves(e: nat)
  requires e >= 2
  ensures (Pow2(e) - 1) / 4 == Pow2(e - 2) - 1
{
  LemmaPow2MaskDiv2Auto();
  assert (Pow2(e) - 1) / 2 == Pow2(e - 1) - 1;
  assert (Pow2(e - 1) - 1) / 2 == Pow2(e - 2) - 1;
}

lemma SameAsPow(e: nat)
  ensures Pow2(e + 1) == 2 * Pow(2, e)
{
  LemmaPow2(e + 1);
}

method Main() {
  Lemma2To64();
  assert Pow2(16) == 65536;
  print Pow2(0), " ", Pow2(10), " ", Pow2(32), " ", Pow2(64), " ", Pow2(100), "\n";
  var masks := seq(5, (i: nat) => Pow2(i) - 1);
  print masks, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 0 errors
// CHECK: 1 1024 4294967296 18446744073709551616 1267650600228229401496703205376
// CHECK: [0, 1, 3, 7, 15]
