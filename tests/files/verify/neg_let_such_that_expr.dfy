// RUN: verify --show-snippets false
// A let-such-that expression whose predicate may be unsatisfiable.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
function Choose(s: set<int>): int
{
  var x :| x in s && x > 0; x
}

// CHECK-EXIT: 4
// CHECK: neg_let_such_that_expr.dfy(6,2): Error: cannot establish the existence of LHS values that satisfy the such-that predicate
// CHECK: neg_let_such_that_expr.dfy(6,2): Error: to be compilable, the value of a let-such-that expression must be uniquely determined
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
