// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(): set<int> {
  set x: int, y: int | 0 <= x < 3 && y == x
}

// CHECK-EXIT: 2
// CHECK: set_comprehension_two_variables_no_term.dfy(4,42): Error: a set comprehension with more than one bound variable must have a term expression
// CHECK: 1 parse errors detected in set_comprehension_two_variables_no_term.dfy
