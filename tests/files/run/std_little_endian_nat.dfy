// RUN: run --standard-libraries true --show-snippets false
// Std.Arithmetic.LittleEndianNat, an abstract module, refined by the program with BASE() 256 and
// 10: FromNat, ToNatRight, ToNatLeft, FromNatWithLen, SeqZero, SeqExtend(Multiple), SeqAdd and
// SeqSub, and a lemma of the program's that uses the library's (LemmaNatSeqNat, LemmaSeqNatSeq,
// LemmaSeqAdd). Expected output recorded from Dafny 4.11 (`dafny run --standard-libraries true`,
// with Dafny's own library).
module Bytes refines Std.Arithmetic.LittleEndianNat {
  function BASE(): nat { 256 }
}

module Decimal refines Std.Arithmetic.LittleEndianNat {
  function BASE(): nat { 10 }
}

module Client {
  import Bytes
  import Decimal
  import opened Std.Arithmetic.Power

  lemma RoundTrip(n: nat)
    ensures Bytes.ToNatRight(Bytes.FromNat(n)) == n
  {
    Bytes.LemmaNatSeqNat(n);
  }

  lemma Sum(xs: seq<Decimal.digit>, ys: seq<Decimal.digit>)
    requires |xs| == |ys|
    ensures var (zs, cout) := Decimal.SeqAdd(xs, ys);
      Decimal.ToNatRight(zs) + cout * Pow(10, |xs|) == Decimal.ToNatRight(xs) + Decimal.ToNatRight(ys)
  {
    var (zs, cout) := Decimal.SeqAdd(xs, ys);
    Decimal.LemmaSeqAdd(xs, ys, zs, cout);
  }

  method Main() {
    var b := Bytes.FromNat(1000000);
    print b, " ", Bytes.ToNatRight(b), " ", Bytes.ToNatLeft(b), "\n";
    print Bytes.FromNat(0), " ", Bytes.FromNat(255), " ", Bytes.FromNat(256), "\n";
    print Bytes.FromNat(0x0102030405060708090a), "\n";
    print Bytes.ToNatRight([0, 0, 0, 0, 0, 0, 0, 0, 1]), "\n";
    Bytes.LemmaNatSeqNat(1000000);
    Bytes.LemmaSeqNatBound(b);
    var w := Bytes.FromNatWithLen(1000000, |b|);
    print w, " ", |w|, "\n";
    print Bytes.SeqZero(3), " ", Bytes.SeqExtend([1, 2], 5), " ", Bytes.SeqExtendMultiple([1, 2, 3], 2), "\n";
    var d := Decimal.FromNat(9876543210);
    print d, " ", Decimal.ToNatRight(d), "\n";
    print Decimal.SeqAdd([9, 9, 9], [1, 0, 0]), " ", Decimal.SeqAdd([1, 2, 3], [4, 5, 6]), "\n";
    print Decimal.SeqSub([0, 0, 1], [1, 0, 0]), " ", Decimal.SeqSub([1, 0, 0], [0, 0, 1]), "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
// CHECK: [64, 66, 15] 1000000 1000000
// CHECK: [] [255] [0, 1]
// CHECK: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
// CHECK: 18446744073709551616
// CHECK: [64, 66, 15] 3
// CHECK: [0, 0, 0] [1, 2, 0, 0, 0] [1, 2, 3, 0]
// CHECK: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 9876543210
// CHECK: ([0, 0, 0], 1) ([5, 7, 9], 0)
// CHECK: ([9, 9, 0], 0) ([1, 0, 9], 1)
