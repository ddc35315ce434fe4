// RUN: verify --show-snippets false
method Loop(n: int)
{
  var done := false;
  var i := 0;
  while !done
  {
    i := i + 1;
    done := i == n;
  }
}

// CHECK-EXIT: 4
// CHECK: loop_bool_guard_no_decreases.dfy(6,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
