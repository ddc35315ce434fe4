// RUN: run --show-snippets false
method Main() {
  var x, y := 1, 2;
  x, y := y, x;
  print x, " ", y, "\n";
  var a: int, b: bool := 7, false;
  print a, " ", b, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: 2 1
// CHECK: 7 false
