// RUN: resolve --show-snippets false
method One(n: int) returns (r: int)
{
  return n, n;
}

// CHECK-EXIT: 2
// CHECK: return_wrong_number_of_values.dfy(4,2): Error: number of return parameters does not match declaration (found 2, expected 1)
// CHECK: 1 resolution/type errors detected in return_wrong_number_of_values.dfy
