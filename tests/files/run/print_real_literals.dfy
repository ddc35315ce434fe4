// RUN: run --show-snippets false
method Main() {
  print 1.5, " ", 3.0, " ", 0.25, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: 1.5 3.0 0.25
