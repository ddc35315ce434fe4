// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Producers' RepeatProducer and EmptyProducer: Next, ProducedCount, Remaining, ForEach
// into a SeqWriter and CollectToSeq. Expected output recorded from Dafny 4.11:
// `dafny run --standard-libraries true` (C#, Dafny's own library), which verifies the file;
// Dafny on dfyc's stdlib sources prints the same.
module ProducersExample {
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers

  method Repeat() {
    var r := new RepeatProducer(3, "ab");
    print r.ProducedCount(), " ", r.Remaining(), "\n";
    var first := r.Next();
    print first, " ", r.ProducedCount(), " ", r.Remaining(), "\n";
    var second := r.Next();
    var third := r.Next();
    var after := r.Next();
    print second, " ", third, " ", after, " ", r.ProducedCount(), " ", r.Remaining(), "\n";
  }

  method Collect() {
    var again := new RepeatProducer(2, 'x');
    var all := CollectToSeq(again);
    print all, " ", again.ProducedCount(), "\n";
    var zeros := new RepeatProducer(4, 0);
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    zeros.ForEach(writer, writerProof);
    print writer.values, "\n";
    var none := new RepeatProducer<int>(0, 7);
    var n := none.Next();
    print n, " ", none.ProducedCount(), "\n";
  }

  method Empty() {
    var e := new EmptyProducer<int>();
    print e.ProducedCount(), " ", e.Remaining(), "\n";
    var v := e.Next();
    var w := e.Next();
    print v, " ", w, "\n";
    var empty := new EmptyProducer<string>();
    var nothing := CollectToSeq(empty);
    print nothing, " ", |nothing|, "\n";
  }

  method Main() {
    Repeat();
    Collect();
    Empty();
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 Wrappers.Option.Some(3)
// CHECK: Wrappers.Option.Some(['a', 'b']) 1 Wrappers.Option.Some(2)
// CHECK: Wrappers.Option.Some(['a', 'b']) Wrappers.Option.Some(['a', 'b']) Wrappers.Option.None 3 Wrappers.Option.Some(0)
// CHECK: xx 2
// CHECK: [0, 0, 0, 0]
// CHECK: Wrappers.Option.None 0
// CHECK: 0 Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None Wrappers.Option.None
// CHECK: [] 0
