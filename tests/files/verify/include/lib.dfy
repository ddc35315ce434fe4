// RUN: verify --show-snippets false
// Included by ../include_main.dfy (and verified on its own here).
include "lib_base.dfy"

function Double(n: int): int {
  Twice(n)
}

lemma DoubleIsEven(n: int)
  ensures Double(n) % 2 == 0
{
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
