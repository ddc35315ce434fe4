// RUN: verify --show-snippets false
function IsEven(a : int) : bool
    requires a >= 0
{
    if a == 0 then true else if a == 1 then false else IsEven(a - 2)
}
lemma EvenSquare(a : int)
requires a >= 0
ensures IsEven(a) ==> IsEven(a * a)
{
}

// CHECK-EXIT: 4
// CHECK: lemma_induction_matching_loop.dfy(10,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_induction_matching_loop.dfy(9,28): Related location: this is the postcondition that could not be proved
// CHECK: lemma_induction_matching_loop.dfy(5,61): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
