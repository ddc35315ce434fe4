// RUN: verify --show-snippets false --allow-warnings
// A for loop whose lower bound may exceed the upper bound.
method M(lo: int, hi: int) {
  for i := lo to hi {
  }
}

// CHECK-EXIT: 4
// CHECK: neg_for_loop_bounds.dfy(4,11): Error: lower bound must not exceed upper bound
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
