// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var f := (x: int) => x + 1;
  var y := f(1, 2);
}

// CHECK-EXIT: 2
// CHECK: lambda_application_arity.dfy(5,12): Error: wrong number of arguments (got 2, but function type 'int ~> int' expects 1: (_#p0: int))
// CHECK: 1 resolution/type errors detected in lambda_application_arity.dfy
