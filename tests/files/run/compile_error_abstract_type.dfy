// RUN: build --no-verify --allow-warnings --show-snippets false
// An abstract type cannot be compiled; the declarations of an abstract module are not compiled
// at all. Expected output recorded from Dafny 4.11 (dafny build --no-verify --allow-warnings),
// its last line included.
abstract module Spec {
  type T
  method Abstract() returns (t: int)
}

module Impl {
  type Opaque
  method Main() { print "unreachable\n"; }
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: compile_error_abstract_type.dfy(11,7): Error: Abstract type ('Impl.Opaque') cannot be compiled; perhaps make it a type synonym or use :extern.
// CHECK: Translation was aborted because errors were found
