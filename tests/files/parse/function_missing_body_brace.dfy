// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(): int
  1
}

// CHECK-EXIT: 2
// CHECK: function_missing_body_brace.dfy(4,2): Error: this symbol not expected in FunctionSpec
// CHECK: 1 parse errors detected in function_missing_body_brace.dfy
