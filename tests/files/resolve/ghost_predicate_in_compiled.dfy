// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A ghost predicate is named "ghost predicate", with the hint to drop 'ghost'.
ghost predicate Even(n: int) { n % 2 == 0 }
method M(n: int) returns (b: bool) {
  b := Even(n);
}

// CHECK-EXIT: 2
// CHECK: ghost_predicate_in_compiled.dfy(6,11): Error: a call to a ghost predicate is allowed only in specification contexts (consider declaring the predicate without the 'ghost' keyword)
// CHECK: 1 resolution/type errors detected in ghost_predicate_in_compiled.dfy
