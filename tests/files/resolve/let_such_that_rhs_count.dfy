// RUN: resolve --show-snippets false
// A let-such-that expression has one constraint: `var x :| P, Q; e` is Dafny's "let-such-that
// expression must have just one RHS (found 2)" at the `var` (dfyc took the second constraint
// as a value for x, and g++ rejected the C++). The expected errors are Dafny 4.11's, word for
// word and at its positions (`dafny resolve`).
function F(): int { var x: int :| x == 1, true; x }
function G(): int { var x: int, y: int :| x == 1 && y == 2, x < y, true; x + y }
method Main() {
  print F(), G(), "\n";
}

// CHECK-EXIT: 2
// CHECK: let_such_that_rhs_count.dfy(6,20): Error: let-such-that expression must have just one RHS (found 2)
// CHECK: let_such_that_rhs_count.dfy(7,20): Error: let-such-that expression must have just one RHS (found 3)
// CHECK: 2 resolution/type errors detected in let_such_that_rhs_count.dfy
