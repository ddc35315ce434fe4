// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// The second output goes to the second left-hand side, whose type must fit.
datatype Outcome = Pass(value: int) | Fail {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail }
  function Extract(): int requires Pass? { value }
}
method Step() returns (r: Outcome, note: string) { r, note := Pass(1), ""; }
method M() returns (r: Outcome) {
  var v: int, n: int;
  v, n :- Step();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_second_out_type.dfy(12,14): Error: incorrect return type at index 1 for method out-parameter 'note' (expected string, got int)
// CHECK: 1 resolution/type errors detected in assign_or_return_second_out_type.dfy
