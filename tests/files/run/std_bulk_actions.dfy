// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.BulkActions through --standard-libraries: BatchReader (Next, ProducedCount, Remaining,
// Read of what is left, Next after it), ForEach into a BatchSeqWriter (Values, state after a
// BatchError, a BatchValue and EndOfInput), Fill into a BatchArrayWriter (stopping at its
// capacity; refusing when full), Accept of values, errors and the end into a BatchArrayWriter,
// ToBatchedProducer, ToBatched and BatchedByte. Expected output recorded from Dafny 4.11:
// `dafny run --no-verify --standard-libraries true` (C#, Dafny's own library), which prints the
// same on dfyc's library; Dafny verifies this file with its own library (6 verified, 0 errors).
module BulkExample {
  import opened Std.Actions
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.BulkActions
  import opened Std.BoundedInts
  import opened Std.Wrappers

  method Main() {
    Reading();
    Writing();
    Arrays();
    ArraysOneByOne();
    Batching();
  }

  method Reading() {
    var reader := new BatchReader<int, string>([1, 2, 3]);
    print reader.Remaining(), "\n";
    var first := reader.Next();
    print first, "\n";
    print reader.ProducedCount(), " ", reader.Remaining(), "\n";
    var rest := reader.Read();
    print rest, " ", reader.ProducedCount(), " ", reader.Remaining(), "\n";
    var after := reader.Next();
    print after, "\n";
    var empty := new BatchReader<int, string>([]);
    var none := empty.Read();
    print none, " ", empty.Remaining(), "\n";
  }

  method Writing() {
    var writer := new BatchSeqWriter<int, string>();
    ghost var proof := new BatchSeqWriterTotalProof(writer);
    var reader := new BatchReader<int, string>([4, 5]);
    reader.ForEach(writer, proof);
    print writer.Values(), " ", writer.state, "\n";
    writer.Accept(BatchError("oops"));
    print writer.elements, " ", writer.state, "\n";
    writer.Accept(BatchValue(6));
    writer.Accept(EndOfInput);
    print writer.Values(), " ", writer.state, "\n";
  }

  method Arrays() {
    var a := new int[3](i => 0);
    var w := new BatchArrayWriter<int, string>(a);
    ghost var p := new BatchArrayWriterTotalProof(w);
    var r := new BatchReader<int, string>([7, 8, 9, 10]);
    r.Fill(w, p);
    print w.Values(), " ", w.Capacity(), " ", w.state, " ", r.Remaining(), "\n";
    var full := w.Accept(BatchError("late"));
    print full, " ", w.state, "\n";
  }

  method ArraysOneByOne() {
    var b := new int[4](i => 0);
    var w2 := new BatchArrayWriter<int, string>(b);
    var ok1 := w2.Accept(BatchValue(1));
    var ok2 := w2.Accept(BatchError("bad"));
    var ok3 := w2.Accept(EndOfInput);
    print ok1, " ", ok2, " ", ok3, " ", w2.Values(), " ", w2.Capacity(), " ", w2.state, "\n";
  }

  method Batching() {
    var p := ToBatchedProducer<char, string>("hi");
    var x := p.Next();
    var y := p.Next();
    var z := p.Next();
    print x, " ", y, " ", z, "\n";
    print ToBatched<int, string>(5), "\n";
    var byte: BatchedByte<string> := BatchValue(200 as uint8);
    print byte, " ", byte.value, "\n";
    var e: Batched<int, string> := EndOfInput;
    print e, " ", e.EndOfInput?, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Wrappers.Option.Some(3)
// CHECK: Wrappers.Option.Some(BulkActions.Batched.BatchValue(1))
// CHECK: 1 Wrappers.Option.Some(2)
// CHECK: [2, 3] 3 Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None
// CHECK: [] Wrappers.Option.Some(0)
// CHECK: [4, 5] Wrappers.Result.Success(true)
// CHECK: [4, 5] Wrappers.Result.Failure(['o', 'o', 'p', 's'])
// CHECK: [4, 5, 6] Wrappers.Result.Success(false)
// CHECK: [7, 8, 9] Wrappers.Option.Some(0) Wrappers.Result.Success(true) Wrappers.Option.Some(1)
// CHECK: false Wrappers.Result.Success(true)
// CHECK: true true true [1] Wrappers.Option.Some(1) Wrappers.Result.Success(false)
// CHECK: Wrappers.Option.Some(BulkActions.Batched.BatchValue('h')) Wrappers.Option.Some(BulkActions.Batched.BatchValue('i')) Wrappers.Option.None
// CHECK: BulkActions.Batched.BatchValue(5)
// CHECK: BulkActions.Batched.BatchValue(200) 200
// CHECK: BulkActions.Batched.EndOfInput true
