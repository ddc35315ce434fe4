// The functions of Std.Actions' Action at each instantiation have their axioms, and no more:
// Requires does not say which history the action has. Expected output recorded from Dafny 4.11
// with its own standard library (`dafny verify --standard-libraries --show-snippets false`).
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
  assert producer.history == [];
}

// RUN: verify --standard-libraries true --show-snippets false
// CHECK-EXIT: 4
// CHECK: stdlib_actions_instances_errors.dfy(17,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
