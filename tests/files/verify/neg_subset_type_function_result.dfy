// RUN: verify --show-snippets false
// A function returning a subset type may return a value outside it.
type Small = x: int | 0 <= x < 100
function Clamp(x: int): Small
{
  if x < 0 then 0 else x
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_function_result.dfy(6,23): Error: value does not satisfy the subset constraints of 'Small'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
