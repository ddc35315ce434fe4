// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Producers' FlattenedProducer and MappedProducerOfNewProducers through
// --standard-libraries: a user's OutputterOfNewProducers gives, for each n, a new
// RepeatProducer of n copies of n; the flattened producer gives their values one producer after
// the other (empty ones skipped), read with Next, ForEach and Fill; ProducedCount and
// Remaining. Expected output recorded from Dafny 4.11: `dafny run --no-verify
// --standard-libraries true` (C#, Dafny's own library), which prints the same on dfyc's library
// (stdlib/tests/check_with_dafny.py).
module FlattenedExample {
  import opened Std.Actions
  import opened Std.Producers
  import opened Std.Consumers
  import opened Std.Wrappers
  import opened Std.Termination

  // n -> a producer of n copies of n.
  @AssumeCrossModuleTermination
  class Repeater extends OutputterOfNewProducers<nat, nat> {

    constructor()
      ensures Valid()
      ensures fresh(Repr)
      ensures history == []
    {
      history := [];
      Repr := {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidHistory(history)
    }

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid()
      ensures ValidChange() ==> fresh(Repr - old(Repr))
      ensures ValidChange() ==> old(history) <= history
    {
      && fresh(Repr - old(Repr))
      && old(Valid())
      && Valid()
      && old(history) <= history
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidHistory(history: seq<(nat, Producer<nat>)>)
      decreases Repr
    {
      true
    }

    ghost predicate ValidInput(history: seq<(nat, Producer<nat>)>, next: nat)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    ghost function Decreases(i: nat): ORDINAL
      reads Reads(i)
    {
      0
    }

    ghost function MaxProduced(): TerminationMetric {
      TMTop
    }

    lemma AnyInputIsValid(history: seq<(nat, Producer<nat>)>, next: nat)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}

    method Invoke(i: nat) returns (r: Producer<nat>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, r)
      ensures OutputFresh(r)
    {
      r := new RepeatProducer(i, i);
      UpdateHistory(i, r);
    }
  }

  method Main() {
    var numbers := new SeqReader([2, 0, 3, 1]);
    var repeater := new Repeater();
    var producers := new MappedProducerOfNewProducers(numbers, repeater);
    var flat := new FlattenedProducer(producers);
    print flat.ProducedCount(), " ", flat.Remaining(), "\n";
    var a := flat.Next();
    var b := flat.Next();
    var c := flat.Next();
    print a, " ", b, " ", c, " ", flat.ProducedCount(), "\n";
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    flat.ForEach(writer, writerProof);
    print writer.values, " ", flat.ProducedCount(), "\n";
    var end := flat.Next();
    print end, " ", numbers.ProducedCount(), "\n";

    var more := new SeqReader([0, 0, 4, 0, 2]);
    var repeater2 := new Repeater();
    var producers2 := new MappedProducerOfNewProducers(more, repeater2);
    var flat2 := new FlattenedProducer(producers2);
    var storage := new nat[5];
    var arrayWriter := new ArrayWriter(storage);
    ghost var arrayProof := new DefaultTotalActionProof(arrayWriter);
    flat2.Fill(arrayWriter, arrayProof);
    print storage[..], " ", flat2.ProducedCount(), "\n";
    var rest := CollectToSeq'(flat2);
    print rest, "\n";

    var nothing := new SeqReader<nat>([]);
    var repeater3 := new Repeater();
    var producers3 := new MappedProducerOfNewProducers(nothing, repeater3);
    var flat3 := new FlattenedProducer(producers3);
    var none := flat3.Next();
    print none, "\n";
  }

  // The values still to come.
  method CollectToSeq'(p: Producer<nat>) returns (s: seq<nat>)
    requires p.Valid()
    modifies p.Repr
  {
    var writer := new SeqWriter();
    var writerProof := writer.totalActionProof();
    p.ForEach(writer, writerProof);
    s := writer.values;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 Wrappers.Option.None
// CHECK: Wrappers.Option.Some(2) Wrappers.Option.Some(2) Wrappers.Option.Some(3) 3
// CHECK: [3, 3, 1] 6
// CHECK: Wrappers.Option.None 4
// CHECK: [4, 4, 4, 4, 2] 5
// CHECK: [2]
// CHECK: Wrappers.Option.None
