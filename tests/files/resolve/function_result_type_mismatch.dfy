// RUN: resolve --show-snippets false
function IsPos(n: int): bool
{
  n + 1
}

// CHECK-EXIT: 2
// CHECK: function_result_type_mismatch.dfy(2,9): Error: Function body type mismatch (expected bool, got int)
// CHECK: 1 resolution/type errors detected in function_result_type_mismatch.dfy
