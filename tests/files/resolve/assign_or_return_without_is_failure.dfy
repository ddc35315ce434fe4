// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A type with members but no IsFailure is not failure-compatible.
datatype Wrapped = Wrapped(x: int) {
  function Extract(): int { x }
}
method M() returns (r: Wrapped) {
  var v :- Wrapped(1);
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_without_is_failure.dfy(8,8): Error: member IsFailure does not exist in Wrapped, in :- statement
// CHECK: 1 resolution/type errors detected in assign_or_return_without_is_failure.dfy
