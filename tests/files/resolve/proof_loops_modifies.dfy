// RUN: resolve --show-snippets false
// A proof (a lemma, a forall statement, an assert's by block, a calc hint) may not change the
// heap, so its loops may have no 'modifies' clause. Expected output: Dafny 4.11's.
class C { var f: int }
lemma L(c: C)
{
  var i := 0;
  while i < 3
    modifies c
  {
    i := i + 1;
  }
}
method M(c: C)
  modifies c
{
  ghost var j := 0;
  if j == 0 {
    while j < 3
      modifies c
    {
      j := j + 1;
    }
  }
  forall k | 0 <= k < 2
    ensures true
  {
    var t := 0;
    while t < 1 modifies c { t := t + 1; }
  }
}
method M2(c: C)
  modifies c
{
  assert true by {
    var i := 0;
    while i < 2 modifies c { i := i + 1; }
  }
  calc {
    1;
    { var j := 0; while j < 2 modifies c { j := j + 1; } }
    1;
  }
}
lemma {:axiom} Ax()
lemma L2(c: C) {
  forall k | 0 <= k < 2 ensures true {
    var t := 0;
    while t < 1 modifies c { t := t + 1; }
  }
  for i := 0 to 3 modifies c { }
}
twostate lemma T2(c: C) {
  var i := 0;
  while i < 1 modifies c { i := i + 1; }
}
least lemma Least(c: C) {
  var i := 0;
  while i < 1 modifies c { i := i + 1; }
}

// CHECK-EXIT: 2
// CHECK: proof_loops_modifies.dfy(9,13): Error: a loop in a lemma is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(29,25): Error: a loop in a forall statement is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(37,25): Error: a loop in a by block is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(41,39): Error: a loop in a hint is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(49,25): Error: a loop in a forall statement is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(51,27): Error: a loop in a lemma is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(55,23): Error: a loop in a twostate lemma is not allowed to use 'modifies' clauses
// CHECK: proof_loops_modifies.dfy(59,23): Error: a loop in a least lemma is not allowed to use 'modifies' clauses
// CHECK: 8 resolution/type errors detected in proof_loops_modifies.dfy
