// RUN: build --no-verify --allow-warnings --show-snippets false
// A body-less method of a class cannot be compiled, even if nothing calls it. Expected output
// recorded from Dafny 4.11 (dafny build --no-verify --allow-warnings), its last line
// included.
module M {
  class C {
    method Unimplemented(x: int) returns (y: int)
    constructor () { }
  }
}

method Main() {
  var c := new M.C();
  print "unreachable\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_no_body.dfy(7,11): Error: Method M.C.Unimplemented has no body so it cannot be compiled
// CHECK: Translation was aborted because errors were found
