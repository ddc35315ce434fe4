// RUN: verify --show-snippets false
method Loop(n: int) returns (i: int)
  ensures i >= n
{
  i := 0;
  while i < n
  {
    i := i + 1;
  }
  while 0 < i
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: loop_guessed_decreases.dfy(4,0): Error: a postcondition could not be proved on this return path
// CHECK: loop_guessed_decreases.dfy(3,12): Related location: this is the postcondition that could not be proved
// CHECK: loop_guessed_decreases.dfy(10,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
