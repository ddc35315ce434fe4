// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Get() returns (r: int) { r := 0; }
method M() returns (x: int) {
  x :- Get();
}

// CHECK-EXIT: 2
// CHECK: assign_or_return_non_failure_type.dfy(5,4): Error: The type of the first expression to the right of ':-' could not be determined to be a failure type (got 'int')
// CHECK: 1 resolution/type errors detected in assign_or_return_non_failure_type.dfy
