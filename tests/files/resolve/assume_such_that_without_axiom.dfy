// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// `:| assume` without {:axiom} is warned about at the keyword, as an assume statement is.
method M() returns (v: int) {
  v :| assume v > 0;
  var w :| assume {:axiom} w > v;
}

// CHECK-EXIT: 2
// CHECK: assume_such_that_without_axiom.dfy(5,7): Warning: assume keyword in assign-such-that statement has no {:axiom} annotation
// CHECK: Compilation failed because warnings were found and --allow-warnings is false
