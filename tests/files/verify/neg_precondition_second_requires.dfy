// RUN: verify --show-snippets false
// Only the second of two preconditions fails at the call.
method Between(lo: int, x: int, hi: int)
  requires lo <= hi
  requires lo <= x <= hi
{
}
method Caller() {
  Between(1, 5, 10);
  Between(1, 11, 10);
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_second_requires.dfy(10,9): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_second_requires.dfy(5,19): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
