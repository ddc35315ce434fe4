// A program over Std.Producers and Std.Consumers whose methods name several instantiations of
// their traits: the functions of Std.Actions' Action at each one still have their axioms
// (dfyc gave axioms to the first 200 function instances a task requested, and these came
// last), so Requires unfolds. Expected output recorded from Dafny 4.11 with its own standard
// library (`dafny verify --standard-libraries --show-snippets false`).
import opened Std.Actions
import opened Std.Producers
import opened Std.Consumers
import opened Std.Wrappers

method R<T>(producer: Producer<T>) {}
method V<T>(producer: Producer<T>) {}
method C<T>(c: IConsumer<T>, t: T) {}
method Q<T>(producer: Action<(), Option<T>>)
  requires producer.Valid()
  requires producer.ValidInput(producer.history, ())
{
  assert producer.Requires(());
}

// RUN: verify --standard-libraries true --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
