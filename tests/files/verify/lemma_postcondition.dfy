// RUN: verify --show-snippets false
function Sq(n: int): int { n * n }
lemma SqMonotone(a: int, b: int)
  requires a <= b
  ensures Sq(a) <= Sq(b)
{
}

// CHECK-EXIT: 4
// CHECK: lemma_postcondition.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_postcondition.dfy(5,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
