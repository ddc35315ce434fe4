// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  function F(): int
    reads this
  {
    old(f)
  }
}

// CHECK-EXIT: 2
// CHECK: old_in_function.dfy(8,4): Error: old expressions are not allowed in this context
// CHECK: 1 resolution/type errors detected in old_in_function.dfy
