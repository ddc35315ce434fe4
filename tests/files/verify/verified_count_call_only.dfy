// RUN: verify --show-snippets false
method Two() returns (a: int, b: int)
  ensures a < b
{
  a, b := 1, 2;
}
method Main() {
  var x, y := Two();
  print x, y, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
