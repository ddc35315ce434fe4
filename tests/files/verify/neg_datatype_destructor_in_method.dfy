// RUN: verify --show-snippets false
// A tail destructor on a list that may be empty.
datatype List<T> = Nil | Cons(head: T, tail: List<T>)
method Drop<T>(l: List<T>) returns (r: List<T>)
{
  r := l.tail;
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_destructor_in_method.dfy(6,9): Error: destructor 'tail' can only be applied to datatype values constructed by 'Cons'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
