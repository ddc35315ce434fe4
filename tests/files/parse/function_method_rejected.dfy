// RUN: resolve --show-snippets false
function method Twice(n: int): int
{
  2 * n
}

// CHECK-EXIT: 2
// CHECK: function_method_rejected.dfy(2,0): Error: the phrase 'function method' is not allowed when using --function-syntax:4; to declare a compiled function, use just 'function'
// CHECK: 1 parse errors detected in function_method_rejected.dfy
