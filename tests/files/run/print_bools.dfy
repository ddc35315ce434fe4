// RUN: run --show-snippets false
method Main() {
  var t := true;
  var f := !t;
  print t, " ", f, "\n";
  print t && f, " ", t || f, " ", f ==> t, " ", t <== f, " ", t <==> f, "\n";
  print 1 < 2 < 3, " ", 3 <= 2, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: true false
// CHECK: false true true true false
// CHECK: true false
