// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  function F(): int
    reads this
    ensures old(f) == f
  {
    f
  }
}

// CHECK-EXIT: 2
// CHECK: old_in_function_ensures.dfy(7,12): Error: old expressions are not allowed in this context
// CHECK: 1 resolution/type errors detected in old_in_function_ensures.dfy
