// RUN: run --no-verify --standard-libraries true --show-snippets false
// Features.md row(s): Standard library ActionsExterns.
// Std.Actions through --standard-libraries: MakeSetReader (the extern, dfyc's runtime
// enumerates the set in the order Dafny's C# does), SeqReader, Next loops, ForEach into a
// SeqWriter, CollectToSeq, FunctionAction. Expected output recorded from Dafny 4.11:
// `dafny run --standard-libraries true` (C#, Dafny's own library), which verifies the file.
module ActionsExternsExample {
  import opened Std.Actions
  import opened Std.ActionsExterns
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers

  method ReadAll<T>(p: Producer<T>) returns (values: seq<T>)
    requires p.Valid()
    modifies p.Repr
    ensures p.Valid()
    ensures fresh(p.Repr - old(p.Repr))
  {
    values := [];
    while true
      invariant p.Valid()
      invariant fresh(p.Repr - old(p.Repr))
      decreases p.Decreasing()
    {
      var next := p.Next();
      if next.None? {
        break;
      }
      values := values + [next.value];
    }
  }

  method Main() {
    Sequences();
    Sets();
    Strings();
    Functions();
  }

  method Sequences() {
    // A producer over a sequence, read with Next until it gives None.
    var reader: Producer<int> := new SeqReader([10, 20, 30]);
    var values := ReadAll(reader);
    print values, " ", reader.ProducedCount(), " ", reader.Remaining(), "\n";
    var again := reader.Next();
    print again, "\n";
  }

  method Sets() {
    // MakeSetReader: each element once, in the target's order.
    var s := {5, 3, 1, 4, 2};
    var setReader, proof := MakeSetReader(s);
    print setReader.Remaining().Some?, "\n";
    var first := setReader.Next();
    print first.Some?, " ", setReader.ProducedCount(), " ", setReader.Remaining(), "\n";
    expect first.Some?;
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    setReader.ForEach(writer, writerProof);
    print [first.value] + writer.values, " ", setReader.ProducedCount(), "\n";
    expect multiset([first.value] + writer.values) == multiset(s);
  }

  method Strings() {
    // The same for strings, with CollectToSeq.
    var words := {"pear", "fig", "apple", "kiwi"};
    var wordReader, wordProof := MakeSetReader(words);
    var collected := CollectToSeq(wordReader);
    print collected, "\n";
    expect multiset(collected) == multiset(words);
    var noInts: set<int> := {};
    var empty, emptyProof := MakeSetReader(noInts);
    var none := empty.Next();
    print none, "\n";
  }

  method Functions() {
    // A function as an action.
    var square := new FunctionAction((x: int) => x * x);
    var a := square.Invoke(7);
    var b := square.Invoke(-3);
    print a, " ", b, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [10, 20, 30] 3 Wrappers.Option.Some(0)
// CHECK: Wrappers.Option.None
// CHECK: false
// CHECK: true 1 Wrappers.Option.None
// CHECK: [1, 2, 3, 4, 5] 5
// CHECK: [['f', 'i', 'g'], ['k', 'i', 'w', 'i'], ['p', 'e', 'a', 'r'], ['a', 'p', 'p', 'l', 'e']]
// CHECK: Wrappers.Option.None
// CHECK: 49 9
