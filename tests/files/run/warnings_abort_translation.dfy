// RUN: run --no-verify --show-snippets false
// Without --allow-warnings, a warning stops `run`, `build` and `translate` after verification,
// as Dafny does: the program is not run. Expected output recorded from Dafny 4.11 (dafny run
// --no-verify --show-snippets false warnings_abort_translation.dfy).
method Main() {
  var x := 3;
  assume x == 3;
  print x, "\n";
}

// CHECK-EXIT: 3
// CHECK: warnings_abort_translation.dfy(7,2): Warning: assume statement has no {:axiom} annotation
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Translation was aborted because warnings were found and --allow-warnings was not specified
