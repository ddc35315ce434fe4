// RUN: run --show-snippets false
method Main() {
  print 1.5, " ", 3.0, " ", 0.25, "\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: print_real_literals.dfy(3,8): Error: dfyc cannot compile RealLiteral expressions yet
// CHECK: print_real_literals.dfy(3,18): Error: dfyc cannot compile RealLiteral expressions yet
// CHECK: print_real_literals.dfy(3,28): Error: dfyc cannot compile RealLiteral expressions yet
