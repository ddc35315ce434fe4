// RUN: run --show-snippets false
method Main() {
  var x := 3;
  print "before\n";
  expect x == 4, "x should be 4";
  print "after\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: before
// CHECK: [Program halted] failing_expect.dfy(5,2): x should be 4
