// RUN: run --show-snippets false
method Main() {
  var a := -17;
  var b: nat := 42;
  print a, " ", b, " ", a * b, "\n";
  print 0 - 1000000007, "\n";
  print 123456789012345678901234567890, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: -17 42 -714
// CHECK: -1000000007
// CHECK: 123456789012345678901234567890
