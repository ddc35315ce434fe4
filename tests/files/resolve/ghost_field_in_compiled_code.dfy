// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  ghost var g: int
  method M() returns (r: int) {
    r := g;
  }
}

// CHECK-EXIT: 2
// CHECK: ghost_field_in_compiled_code.dfy(6,9): Error: a ghost field is allowed only in specification contexts
// CHECK: 1 resolution/type errors detected in ghost_field_in_compiled_code.dfy
