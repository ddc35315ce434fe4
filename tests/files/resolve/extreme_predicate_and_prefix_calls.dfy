// RUN: resolve --show-snippets false
// Extreme predicates and lemmas resolve: `_k` is the depth in an extreme lemma's body, P#[k](x)
// calls a prefix predicate or lemma, and a ==#[k] b compares codatatype values to depth k.
codatatype Stream = Cons(head: int, tail: Stream)
greatest predicate Positive(s: Stream) {
  s.head > 0 && Positive(s.tail)
}
least predicate Even(n: nat) {
  n == 0 || (n >= 2 && Even(n - 2))
}
greatest lemma PositiveTail(s: Stream)
  requires Positive(s)
  ensures Positive(s.tail)
{
}
least lemma EvenIsEven(n: nat)
  requires Even(n)
  ensures n % 2 == 0
{
  if n >= 2 && Even#[_k - 1](n - 2) {
    EvenIsEven#[_k - 1](n - 2);
  }
}
lemma SameStream(s: Stream, k: nat)
  ensures s ==#[k] s
{
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
