// RUN: verify --show-snippets false --allow-warnings
// Extreme lemmas whose proofs fail. (Dafny 4.11 also names the failing conjunct of the prefix
// predicate's body for the first and third errors; dfyc does not inline prefix predicates.)
greatest predicate H(x: int) { x > 0 && H(x + 1) }
least predicate Even(n: int) { n == 0 || Even(n - 2) }

// H(0) is false: the coinduction cannot start.
greatest lemma HFrom(x: int)
  requires x >= 0
  ensures H(x)
{
  HFrom(x + 1);
}

// Even numbers are not all positive.
least lemma EvenPositive(n: int)
  requires Even(n)
  ensures n > 0
{
  if n != 0 {
    EvenPositive(n - 2);
  }
}

// The prefix predicate at depth 0 of a least predicate is false.
lemma Zero(n: int)
  ensures Even#[0](n)
{
}

// A greatest predicate does not follow from one unfolding.
lemma NotYet(x: int)
  requires x > 0
  ensures H(x)
{
}

// CHECK-EXIT: 4
// CHECK: neg_extreme_lemmas.dfy(11,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_lemmas.dfy(10,11): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_lemmas.dfy(20,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_lemmas.dfy(18,12): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_lemmas.dfy(28,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_lemmas.dfy(27,18): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_lemmas.dfy(35,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_lemmas.dfy(34,11): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_lemmas.dfy(4,41): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 4 errors
