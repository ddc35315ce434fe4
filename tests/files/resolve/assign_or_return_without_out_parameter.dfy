// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// Without an out-parameter, a failure has nowhere to go (`:- expect` needs none).
datatype Outcome = Pass(value: int) | Fail {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail }
  function Extract(): int requires Pass? { value }
}
method M() {
  var ok :- expect Pass(1);
  var v :- Pass(2);
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_without_out_parameter.dfy(11,8): Error: A method containing a :- statement must have an out-parameter (M)
// CHECK: 1 resolution/type errors detected in assign_or_return_without_out_parameter.dfy
