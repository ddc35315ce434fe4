// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A failure type without Extract gives no value: no left-hand side may take it.
datatype Status = Ok | Failed {
  predicate IsFailure() { Failed? }
  function PropagateFailure(): Status requires Failed? { Failed }
}
function Check(): Status { Ok }
method M() returns (s: Status) {
  :- Check();
  var v :- Check();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_without_extract_count.dfy(11,8): Error: number of lhs (1) must be one less than number of rhs (1) for a rhs type (Status) without member Extract
// CHECK: 1 resolution/type errors detected in assign_or_return_without_extract_count.dfy
