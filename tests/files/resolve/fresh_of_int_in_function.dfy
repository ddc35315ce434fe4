// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int): int {
  fresh(x)
}

// CHECK-EXIT: 2
// CHECK: fresh_of_int_in_function.dfy(4,2): Error: fresh expressions are not allowed in this context
// CHECK: fresh_of_int_in_function.dfy(4,2): Error: the argument of a fresh expression must denote an object or a set or sequence of objects (instead got int)
// CHECK: fresh_of_int_in_function.dfy(3,9): Error: Function body type mismatch (expected int, got bool)
// CHECK: 3 resolution/type errors detected in fresh_of_int_in_function.dfy
