// RUN: resolve --show-snippets false
// A yield statement gives one value per yield-parameter.
iterator Pairs() yields (x: int, y: int)
{
  yield 1;
}

// CHECK-EXIT: 2
// CHECK: iterator_yield_count.dfy(5,2): Error: number of yield parameters does not match declaration (found 1, expected 2)
// CHECK: 1 resolution/type errors detected in iterator_yield_count.dfy
