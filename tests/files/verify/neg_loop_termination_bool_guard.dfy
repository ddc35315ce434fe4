// RUN: verify --show-snippets false
// A loop on a boolean guard with no decreases clause cannot be shown to terminate.
method M(a: seq<int>) {
  var done := false;
  var i := 0;
  while !done
  {
    if i >= |a| { done := true; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_termination_bool_guard.dfy(6,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
