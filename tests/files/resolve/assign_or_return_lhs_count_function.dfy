// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A function's value gives one value to the left: two left-hand sides are too many.
datatype Outcome = Pass(value: int) | Fail {
  predicate IsFailure() { Fail? }
  function PropagateFailure(): Outcome requires Fail? { Fail }
  function Extract(): int requires Pass? { value }
}
function Get(): Outcome { Pass(1) }
method M() returns (r: Outcome) {
  var v, w :- Get();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_lhs_count_function.dfy(11,11): Error: number of lhs (2) must match number of rhs (1) for a rhs type (Outcome) with member Extract
// CHECK: 1 resolution/type errors detected in assign_or_return_lhs_count_function.dfy
