// RUN: run --show-snippets false
method Main() {
  print 7 / 2, " ", 7 % 2, "\n";
  print -7 / 2, " ", -7 % 2, "\n";
  print 7 / -2, " ", 7 % -2, "\n";
  print -7 / -2, " ", -7 % -2, "\n";
  print 6 / -3, " ", -6 % 3, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: 3 1
// CHECK: -4 1
// CHECK: -3 1
// CHECK: 4 1
// CHECK: -2 0
