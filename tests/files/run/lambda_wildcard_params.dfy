// RUN: run --show-snippets false
// Lambdas with several wildcard parameters: C++ gets unnamed parameters, not three named u_.
// Expected output recorded from Dafny 4.11: dafny run lambda_wildcard_params.dfy.
method Main() {
  var f := (_, _, _) => 16;
  var g: (int, bool) -> int := (_, y) => if y then 3 else 4;
  print f(1, 2, 3), " ", g(4, true), " ", g(5, false), "\n";
  var h := (_: int, _: int) => (_: int) => 7;
  print h(1, 2)(3), "\n";
  var s := seq(3, _ => 'x');
  print s, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
// CHECK: 16 3 4
// CHECK: 7
// CHECK: xxx
