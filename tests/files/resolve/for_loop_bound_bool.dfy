// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  for i := 0 to true {
  }
}

// CHECK-EXIT: 2
// CHECK: for_loop_bound_bool.dfy(4,16): Error: upper bound (of type bool) not assignable to index variable (of type int)
// CHECK: 1 resolution/type errors detected in for_loop_bound_bool.dfy
