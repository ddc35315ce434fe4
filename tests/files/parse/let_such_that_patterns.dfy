// RUN: resolve --show-snippets false
// A let-such-that whose left side is a pattern, not variables, is Dafny's parse error, at each
// such pattern (message and positions checked against Dafny 4.11).
method Main() {
  var t := var (a, b), c, (d, e) :| (a, b) in {(1, 2)} && c == 3 && (d, e) == (4, 5); a + b;
  print t, "\n";
}

// CHECK-EXIT: 2
// CHECK: let_such_that_patterns.dfy(5,15): Error: LHS of let-such-that expression must be variables, not general patterns
// CHECK: let_such_that_patterns.dfy(5,26): Error: LHS of let-such-that expression must be variables, not general patterns
// CHECK: 2 parse errors detected in let_such_that_patterns.dfy
