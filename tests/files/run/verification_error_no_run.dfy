// RUN: run --show-snippets false
method Main() {
  var x := 5;
  print "unreachable\n";
  assert x == 6;
}

// CHECK-EXIT: 4
// CHECK: verification_error_no_run.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
