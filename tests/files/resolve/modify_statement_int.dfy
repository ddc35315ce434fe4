// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  modify x;
}

// CHECK-EXIT: 2
// CHECK: modify_statement_int.dfy(4,9): Error: a modifies-clause expression must denote an object, a single field location like o`x or a`[i] of type (object, field)  (with `--referrers`), or a set/iset/multiset/seq of objects or single field locations (with `--referrers`) (instead got int)
// CHECK: 1 resolution/type errors detected in modify_statement_int.dfy
