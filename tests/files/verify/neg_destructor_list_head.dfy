// RUN: verify --show-snippets false
// Taking the head of a list that may be empty.
datatype List = Nil | Cons(head: int, tail: List)
method First(l: List) returns (x: int)
{
  x := l.head;
}

// CHECK-EXIT: 4
// CHECK: neg_destructor_list_head.dfy(6,9): Error: destructor 'head' can only be applied to datatype values constructed by 'Cons'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
