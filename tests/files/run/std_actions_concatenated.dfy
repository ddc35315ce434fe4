// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Producers' ConcatenatedProducer through --standard-libraries: the values of one producer,
// then another's (SeqReader, RepeatProducer, EmptyProducer, a FilteredProducer, and a
// concatenation of concatenations), read with Next, ForEach, Fill and CollectToSeq;
// ProducedCount and Remaining. Expected output recorded from Dafny 4.11: `dafny run --no-verify
// --standard-libraries true` (C#, Dafny's own library), which prints the same on dfyc's library
// (stdlib/tests/check_with_dafny.py).
module ConcatenatedExample {
  import opened Std.Actions
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers

  method Main() {
    Simple();
    WithEmpty();
    Nested();
    Filled();
  }

  method Simple() {
    var a := new SeqReader([1, 2, 3]);
    var b := new RepeatProducer(2, 7);
    var both := new ConcatenatedProducer(a, b);
    print both.Remaining(), " ", both.ProducedCount(), "\n";
    var x := both.Next();
    var y := both.Next();
    print x, " ", y, " ", both.ProducedCount(), " ", both.Remaining(), "\n";
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    both.ForEach(writer, writerProof);
    print writer.values, " ", both.ProducedCount(), " ", both.Remaining(), "\n";
    var after := both.Next();
    print after, " ", a.ProducedCount(), " ", b.ProducedCount(), "\n";
  }

  method WithEmpty() {
    var e := new EmptyProducer<string>();
    var words := new SeqReader(["x", "y"]);
    var c := new ConcatenatedProducer(e, words);
    var all := CollectToSeq(c);
    print all, "\n";
    var words2 := new SeqReader(["z"]);
    var e2 := new EmptyProducer<string>();
    var d := new ConcatenatedProducer(words2, e2);
    var first := d.Next();
    var second := d.Next();
    print first, " ", second, " ", d.Remaining(), "\n";
  }

  method Nested() {
    var numbers := new SeqReader([1, 2, 3, 4, 5, 6]);
    var evens := new FilteredProducer(numbers, (x: int) => x % 2 == 0);
    var tens := new SeqReader([10, 20]);
    var left := new ConcatenatedProducer(evens, tens);
    var last := new RepeatProducer(3, 0);
    var all := new ConcatenatedProducer(left, last);
    print all.Remaining(), "\n";
    var s := CollectToSeq(all);
    print s, " ", all.ProducedCount(), "\n";
  }

  method Filled() {
    var a := new SeqReader([5, 6]);
    var b := new SeqReader([7, 8, 9]);
    var c := new ConcatenatedProducer(a, b);
    var storage := new int[3];
    var arrayWriter := new ArrayWriter(storage);
    ghost var arrayProof := new DefaultTotalActionProof(arrayWriter);
    c.Fill(arrayWriter, arrayProof);
    print storage[..], " ", c.ProducedCount(), " ", c.Remaining(), "\n";
    var rest := c.Next();
    print rest, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Wrappers.Option.Some(5) 0
// CHECK: Wrappers.Option.Some(1) Wrappers.Option.Some(2) 2 Wrappers.Option.Some(3)
// CHECK: [3, 7, 7] 5 Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None 3 2
// CHECK: [['x'], ['y']]
// CHECK: Wrappers.Option.Some(['z']) Wrappers.Option.None Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None
// CHECK: [2, 4, 6, 10, 20, 0, 0, 0] 8
// CHECK: [5, 6, 7] 3 Wrappers.Option.Some(2)
// CHECK: Wrappers.Option.Some(8)
