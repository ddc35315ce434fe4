// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Producers' combinators through --standard-libraries: FunctionalIProducer (values of a
// step function, without end), LimitedProducer (the first n values of an IProducer),
// FilteredProducer, MappedProducer (a producer's values through an action), read with Next,
// ForEach, Fill and CollectToSeq; ProducedCount and Remaining of each. Expected output
// recorded from Dafny 4.11: `dafny run --no-verify --standard-libraries true` (C#, Dafny's own
// library), which prints the same on dfyc's library (stdlib/tests/check_with_dafny.py).
module ProducerCombinators {
  import opened Std.Actions
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers

  method Main() {
    Limited();
    Filtered();
    Mapped();
    Nested();
  }

  method Limited() {
    // Fibonacci numbers from a step function, limited to ten.
    var fib := new FunctionalIProducer<(nat, nat), nat>((0, 1),
      (s: (nat, nat)) => ((s.1, s.0 + s.1), s.0));
    var f0 := fib.Next();
    var f1 := fib.Next();
    print f0, " ", f1, "\n";
    ghost var fibProof := new DefaultTotalActionProof(fib);
    var firstTen := new LimitedProducer(fib, 10, fibProof);
    print firstTen.Remaining(), "\n";
    var tens := CollectToSeq(firstTen);
    print tens, " ", firstTen.ProducedCount(), " ", firstTen.Remaining(), "\n";
    var after := firstTen.Next();
    print after, "\n";
  }

  method Filtered() {
    var numbers := new SeqReader([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    var evens := new FilteredProducer(numbers, (x: int) => x % 2 == 0);
    var e1 := evens.Next();
    var e2 := evens.Next();
    print e1, " ", e2, " ", evens.ProducedCount(), " ", evens.Remaining(), " ";
    print numbers.ProducedCount(), "\n";
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    evens.ForEach(writer, writerProof);
    print writer.values, " ", evens.ProducedCount(), "\n";
    var odds := new SeqReader([1, 3, 5]);
    var none := new FilteredProducer(odds, (x: int) => x % 2 == 0);
    var n := none.Next();
    print n, "\n";
  }

  method Mapped() {
    var words := new SeqReader(["one", "three", "", "four"]);
    var length := new FunctionAction((s: string) => |s|);
    ghost var lengthProof := new TotalFunctionActionProof(length, (s: string) => |s|);
    var lengths := new MappedProducer(words, length, lengthProof);
    var first := lengths.Next();
    print first, " ", lengths.ProducedCount(), " ", lengths.Remaining(), "\n";
    var a := new int[2];
    var arrayWriter := new ArrayWriter(a);
    ghost var arrayProof := new DefaultTotalActionProof(arrayWriter);
    lengths.Fill(arrayWriter, arrayProof);
    print a[..], " ", lengths.ProducedCount(), "\n";
    var rest := lengths.Next();
    var end := lengths.Next();
    print rest, " ", end, "\n";
  }

  method Nested() {
    // The squares of the odd numbers below 20 that are multiples of 3.
    var numbers := new SeqReader([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                  19]);
    var odd := new FilteredProducer(numbers, (x: int) => x % 2 == 1);
    var square := new FunctionAction((x: int) => x * x);
    ghost var squareProof := new TotalFunctionActionProof(square, (x: int) => x * x);
    var squares := new MappedProducer(odd, square, squareProof);
    var ofThree := new FilteredProducer(squares, (x: int) => x % 3 == 0);
    var all := CollectToSeq(ofThree);
    print all, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 1
// CHECK: Wrappers.Option.Some(10)
// CHECK: [1, 2, 3, 5, 8, 13, 21, 34, 55, 89] 10 Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None
// CHECK: Wrappers.Option.Some(2) Wrappers.Option.Some(4) 2 Wrappers.Option.None 4
// CHECK: [6, 8, 10] 5
// CHECK: Wrappers.Option.None
// CHECK: Wrappers.Option.Some(3) 1 Wrappers.Option.None
// CHECK: [5, 0] 3
// CHECK: Wrappers.Option.Some(4) Wrappers.Option.None
// CHECK: [9, 81, 225]
