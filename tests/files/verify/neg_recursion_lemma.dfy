// RUN: verify --show-snippets false
// A lemma recursing on an unchanged argument.
lemma L(n: nat)
  ensures n * 0 == 0
{
  if n > 0 {
    L(n);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_lemma.dfy(7,5): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
