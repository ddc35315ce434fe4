// RUN: verify --show-snippets false --filter-symbol M.C
// Dafny's --filter-symbol: only declarations whose full name (modules, type, member) contains
// "M.C" are verified: M.C.Bad and M.C2, not N.Other. Checked against Dafny 4.11.
module M {
  class C {
    method Bad() { assert false; }
  }
  method C2() { assert false; }
}
module N {
  method Other() { assert false; }
}

// CHECK-EXIT: 4
// CHECK: filter_symbol_contains.dfy(6,19): Error: assertion might not hold
// CHECK: filter_symbol_contains.dfy(8,16): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
