// RUN: resolve --show-snippets false
// The values yielded must have the yield-parameters' types.
iterator Gen() yields (x: int)
{
  yield true;
}

// CHECK-EXIT: 2
// CHECK: iterator_yield_type.dfy(5,2): Error: RHS (of type bool) not assignable to LHS (of type int)
// CHECK: 1 resolution/type errors detected in iterator_yield_type.dfy
