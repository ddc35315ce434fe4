// RUN: run --no-verify --show-snippets false
method Main() {
  var x := 5;
  assert x == 6;
  print "ran without verifying: ", x, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: ran without verifying: 5
