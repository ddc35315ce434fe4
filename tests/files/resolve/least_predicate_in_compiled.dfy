// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
least predicate Reach(n: nat) { n == 0 || Reach(n - 1) }
method M(n: nat) {
  print Reach(n), "\n";
}

// CHECK-EXIT: 2
// CHECK: least_predicate_in_compiled.dfy(5,13): Error: a call to a least predicate is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in least_predicate_in_compiled.dfy
