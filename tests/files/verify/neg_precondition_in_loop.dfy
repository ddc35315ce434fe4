// RUN: verify --show-snippets false
// The precondition holds on the first iteration but the loop goes one step too far.
method Visit(i: int, n: int)
  requires 0 <= i < n
{
}
method Loop(n: int)
  requires n > 0
{
  var i := 0;
  while i <= n
    invariant 0 <= i <= n + 1
  {
    Visit(i, n);
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_in_loop.dfy(14,9): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_in_loop.dfy(4,18): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
