// RUN: verify --show-snippets false
// A function on a list whose postcondition fails for the empty list.
datatype List = Nil | Cons(head: int, tail: List)
function Length(l: List): nat
{
  match l
  case Nil => 0
  case Cons(_, t) => 1 + Length(t)
}
lemma LengthPos(l: List)
  ensures Length(l) > 0
{
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_postcondition.dfy(12,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_datatype_postcondition.dfy(11,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
