// RUN: verify --show-snippets false --filter-symbol M.C.
// Dafny's --filter-symbol with a final dot: only declarations whose full name (modules, type,
// member) ends with "M.C" are verified: the class M.C itself has no task, so only M.C's members
// would match "M.C" without the dot; with it, nothing but a declaration named exactly C in M.
// Checked against Dafny 4.11.
module M {
  class C {
    method Bad() { assert false; }
  }
  method C2() { assert false; }
}
module N {
  method Other() { assert false; }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
