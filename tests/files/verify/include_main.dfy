// RUN: verify --show-snippets false
// `include` loads the file, relative to this one, and what it includes in turn (once each).
include "include/lib.dfy"
include "include/lib_base.dfy"

method UsesIncluded(n: int) returns (m: int)
  ensures m % 2 == 0 && m == Twice(n)
{
  DoubleIsEven(n);
  m := Double(n);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
