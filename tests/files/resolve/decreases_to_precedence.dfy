// RUN: resolve --show-snippets false
// The operands of an unparenthesized `decreases to` are equivalences: `a decreases to b ==> c`
// is `a decreases to (b ==> c)`, `c ==> a decreases to b` is `(c ==> a) decreases to b`. Dafny
// 4.11 reports these type errors (its output, `dafny resolve --show-snippets false`); the
// components themselves may have any types.
method M(a: int, b: int, c: bool, s: seq<int>)
  requires a decreases to b ==> c
  requires c ==> a decreases to b
  requires a nonincreases to b <==> c
  requires (a, c decreases to s, b, a)
{
}

// CHECK-EXIT: 2
// CHECK: decreases_to_precedence.dfy(7,28): Error: first argument to ==> must be of type bool (instead got int)
// CHECK: decreases_to_precedence.dfy(8,13): Error: second argument to ==> must be of type bool (instead got int)
// CHECK: decreases_to_precedence.dfy(9,31): Error: first argument to <==> must be of type bool (instead got int)
// CHECK: 3 resolution/type errors detected in decreases_to_precedence.dfy
