// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(s: set<int>): int
  reads s
{
  0
}

// CHECK-EXIT: 2
// CHECK: reads_set_of_int.dfy(4,8): Error: a reads-clause expression must denote an object, a single field location like o`x or a`[i] of type (object, field)  (with `--referrers`), a set/iset/multiset/seq of objects or single field locations (with `--referrers`), or a function to a set/iset/multiset/seq of objects or single field locations (with `--referrers`) (instead got set<int>)
// CHECK: 1 resolution/type errors detected in reads_set_of_int.dfy
