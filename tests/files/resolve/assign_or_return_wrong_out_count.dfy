// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// The left-hand sides must take every output of the method (Extract gives the first).
datatype Outcome = Pass(value: int) | Fail {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail }
  function Extract(): int requires Pass? { value }
}
method Step() returns (r: Outcome, note: string) { r, note := Pass(1), ""; }
method M() returns (r: Outcome) {
  var v :- Step();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_wrong_out_count.dfy(11,8): Error: wrong number of method result arguments (got 1, expected 2) for a rhs type (Outcome) with member Extract
// CHECK: 1 resolution/type errors detected in assign_or_return_wrong_out_count.dfy
