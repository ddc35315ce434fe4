// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f: int -> bool := x => x + 1;
}

// CHECK-EXIT: 2
// CHECK: lambda_result_mismatch.dfy(4,21): Error: RHS (of type int -> int) not assignable to LHS (of type int -> bool) (covariant type parameter 1 would require int <: bool)
// CHECK: 1 resolution/type errors detected in lambda_result_mismatch.dfy
