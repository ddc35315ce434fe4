// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  predicate P(c: C) {
    fresh(c)
  }
}

// CHECK-EXIT: 2
// CHECK: fresh_in_function.dfy(5,4): Error: fresh expressions are not allowed in this context
// CHECK: 1 resolution/type errors detected in fresh_in_function.dfy
