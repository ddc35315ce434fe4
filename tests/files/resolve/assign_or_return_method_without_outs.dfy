// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// The method on the right returns nothing to test for failure.
datatype Outcome = Pass(value: int) | Fail {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail }
  function Extract(): int requires Pass? { value }
}
method Nothing() { }
method M() returns (r: Outcome) {
  var v :- Nothing();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_method_without_outs.dfy(11,18): Error: Expected Nothing to have a Success/Failure output value, but the method returns nothing.
// CHECK: assign_or_return_method_without_outs.dfy(11,8): Error: Internal Error: Unknown failure type in :- statement
// CHECK: 2 resolution/type errors detected in assign_or_return_method_without_outs.dfy
