// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  predicate P()
    reads this
  {
    unchanged(this)
  }
}

// CHECK-EXIT: 2
// CHECK: unchanged_in_function.dfy(8,4): Error: unchanged expressions are not allowed in this context
// CHECK: 1 resolution/type errors detected in unchanged_in_function.dfy
