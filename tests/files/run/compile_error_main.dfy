// RUN: build --no-verify --allow-warnings --show-snippets false
// A Main with requires clauses is not permitted as the program's entry point. An assume without
// {:axiom} is only a warning with --allow-warnings. Expected output recorded from Dafny 4.11
// (dafny build --no-verify --allow-warnings), its last line
// included.
method Main(args: seq<string>) requires |args| > 0 {
  assume |args| > 1;
}

// CHECK-EXIT: 3
// CHECK: compile_error_main.dfy(7,2): Warning: assume statement has no {:axiom} annotation
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_main.dfy(6,7): Error: This method 'Main' is not permitted as a main method (the method has requires clauses).
// CHECK: Translation was aborted because errors were found
