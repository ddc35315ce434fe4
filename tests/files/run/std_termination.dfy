// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Termination through --standard-libraries: TerminationMetric values built, compared,
// taken apart and printed; a loop whose termination metric is a TerminationMetric's Ordinal(),
// proved with its lemmas (TupleDecreasesToTuple, NatDecreasesToNat). Expected output recorded
// from Dafny 4.11: `dafny run --no-verify --standard-libraries true` (C#, Dafny's own library),
// which prints the same on dfyc's library (stdlib/tests/check_with_dafny.py).
module TerminationExample {
  import opened Std.Termination

  // Counts (i, j) down lexicographically from (2, 2): the metric is the pair under base 3.
  method Countdown() {
    var i: nat := 2;
    var j: nat := 2;
    ghost var base := TMNat(3);
    while 0 < i || 0 < j
      invariant j < 3
      decreases TMTuple(base, TMNat(i), TMNat(j)).Ordinal()
    {
      ghost var before := TMTuple(base, TMNat(i), TMNat(j));
      if 0 < j {
        j := j - 1;
        TMNat(j + 1).NatDecreasesToNat(TMNat(j));
        TMNat(i).NatNonIncreasesToNat(TMNat(i));
      } else {
        i := i - 1;
        j := 2;
        TMNat(i + 1).NatDecreasesToNat(TMNat(i));
      }
      base.NatDecreasesToNat(TMNat(j));
      before.TupleDecreasesToTuple(TMTuple(base, TMNat(i), TMNat(j)));
      print "(", i, ", ", j, ") ";
    }
    print "\n";
  }

  method Main() {
    var a := TMNat(3);
    var b := TMTuple(TMTop, TMNat(1), TMBool(true));
    var c := TMSeq([TMNat(1), TMChar(66), TMSucc(TMNat(0))]);
    var d := TMSucc(TMSucc(TMNat(5)));
    print a, "\n", b, "\n", c, "\n", d, "\n";
    print a == TMNat(3), " ", a == TMNat(4), " ", b.first, " ", b.TMTuple?, " ", c.TMTuple?, "\n";
    print |c.seqValue|, " ", c.seqValue[1].charValue, " ", d.original.original.natValue, "\n";
    var s := TMSet({TMNat(7)});
    print s, " ", TMNat(7) in s.setValue, "\n";
    Countdown();
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Termination.TerminationMetric.TMNat(3)
// CHECK: Termination.TerminationMetric.TMTuple(Termination.TerminationMetric.TMTop, Termination.TerminationMetric.TMNat(1), Termination.TerminationMetric.TMBool(true))
// CHECK: Termination.TerminationMetric.TMSeq([Termination.TerminationMetric.TMNat(1), Termination.TerminationMetric.TMChar(66), Termination.TerminationMetric.TMSucc(Termination.TerminationMetric.TMNat(0))])
// CHECK: Termination.TerminationMetric.TMSucc(Termination.TerminationMetric.TMSucc(Termination.TerminationMetric.TMNat(5)))
// CHECK: true false Termination.TerminationMetric.TMNat(1) true false
// CHECK: 3 66 5
// CHECK: Termination.TerminationMetric.TMSet({Termination.TerminationMetric.TMNat(7)}) true
// CHECK: (2, 1) (2, 0) (1, 2) (1, 1) (1, 0) (0, 2) (0, 1) (0, 0) 
