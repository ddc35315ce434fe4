// RUN: resolve --show-snippets false
function F(x: int) {
  x
}

// CHECK-EXIT: 2
// CHECK: function_missing_result_type.dfy(2,19): Error: colon expected
// CHECK: 1 parse errors detected in function_missing_result_type.dfy
