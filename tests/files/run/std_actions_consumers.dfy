// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Consumers through --standard-libraries: Consumer<T> (ArrayWriter: Accept until the array
// is full, Capacity), Producer.Fill into an ArrayWriter (stopping when the consumer is full or
// the producer exhausted), DynamicArrayWriter (an IConsumer into a Std.DynamicArray, also its
// own TotalActionProof) filled by ForEach, IgnoreNConsumer (Fill stops at its capacity) and
// FoldingConsumer (a sum, with its compiled proof object). Expected output recorded from
// Dafny 4.11: `dafny run --no-verify --standard-libraries true` (C#, Dafny's own library),
// which prints the same on dfyc's library (stdlib/tests/check_with_dafny.py). Dafny verifies
// the file with dfyc's library; with its own, not: there ArrayWriter's constructor does not
// ensure fresh(Repr - {storage}).
module ConsumersExample {
  import opened Std.Actions
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers

  method Main() {
    Accepting();
    Filling();
    FillingFromShort();
    Dynamic();
    Ignoring();
    Folding();
  }

  method Accepting() {
    var a := new int[3](i => -1);
    var writer := new ArrayWriter(a);
    print writer.Capacity(), "\n";
    var ok1 := writer.Accept(7);
    var ok2 := writer.Accept(8);
    print ok1, " ", ok2, " ", writer.size, " ", writer.Capacity(), "\n";
    var ok3 := writer.Accept(9);
    var ok4 := writer.Accept(10);
    print ok3, " ", ok4, " ", writer.size, " ", writer.Capacity(), "\n";
    print a[..], "\n";
  }

  method Filling() {
    // Five values, room for three: Fill stops when the writer is full.
    var reader := new SeqReader([1, 2, 3, 4, 5]);
    var a := new int[3];
    var writer := new ArrayWriter(a);
    ghost var proof := new DefaultTotalActionProof(writer);
    reader.Fill(writer, proof);
    print a[..], " ", writer.size, " ", writer.Capacity(), " ", reader.ProducedCount(), "\n";
    var next := reader.Next();
    print next, "\n";
  }

  method FillingFromShort() {
    // Two values, room for four: Fill stops when the reader is exhausted.
    var reader := new RepeatProducer(2, "ab");
    var a := new string[4](i => "");
    var writer := new ArrayWriter(a);
    ghost var proof := new DefaultTotalActionProof(writer);
    reader.Fill(writer, proof);
    print a[..], " ", writer.size, " ", writer.Capacity(), "\n";
  }

  method Dynamic() {
    var writer := new DynamicArrayWriter<int>();
    var reader := new SeqReader([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    ghost var proof := new DefaultTotalActionProof(writer);
    reader.ForEach(writer, proof);
    writer.Accept(14);
    var i := 0;
    while i < writer.storage.size
      invariant writer.Valid()
      decreases writer.storage.size - i
    {
      print writer.storage.At(i), " ";
      i := i + 1;
    }
    print "| ", writer.storage.size, " ", writer.storage.capacity, "\n";
  }

  method Ignoring() {
    // Takes two values and drops them; Fill stops there.
    var ignore := new IgnoreNConsumer<int>(2);
    var reader := new SeqReader([1, 2, 3]);
    ghost var proof := new DefaultTotalActionProof(ignore);
    reader.Fill(ignore, proof);
    var more := ignore.Accept(4);
    print ignore.Capacity(), " ", reader.ProducedCount(), " ", more, "\n";
  }

  method Folding() {
    var sum := new FoldingConsumer(0, (acc: int, x: int) => acc + x);
    var reader := new SeqReader([1, 2, 3, 4]);
    var proof := new FoldingConsumerTotalActionProof(sum);
    reader.ForEach(sum, proof);
    sum.Accept(10);
    print sum.value, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Wrappers.Option.Some(3)
// CHECK: true true 2 Wrappers.Option.Some(1)
// CHECK: true false 3 Wrappers.Option.Some(0)
// CHECK: [7, 8, 9]
// CHECK: [1, 2, 3] 3 Wrappers.Option.Some(0) 3
// CHECK: Wrappers.Option.Some(4)
// CHECK: [['a', 'b'], ['a', 'b'], [], []] 2 Wrappers.Option.Some(2)
// CHECK: 4 5 6 7 8 9 10 11 12 13 14 | 11 16
// CHECK: Wrappers.Option.Some(0) 2 false
// CHECK: 20
