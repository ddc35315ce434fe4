// RUN: verify --show-snippets false
// A loop relies on a lemma for its invariant but calls it with the wrong argument.
function Pow2(n: nat): nat
{
  if n == 0 then 1 else 2 * Pow2(n - 1)
}
lemma Pow2Pos(n: nat)
  ensures Pow2(n) > 0
{
}
method M(n: nat) returns (p: nat)
  ensures p == Pow2(n)
{
  p := 1;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant p == Pow2(i)
  {
    p := p * 2;
    i := i + 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_lemma_call_in_loop_invariant.dfy(17,21): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK: neg_lemma_call_in_loop_invariant.dfy(18,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
