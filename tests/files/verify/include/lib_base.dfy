// RUN: verify --show-snippets false
// Included by lib.dfy, and so by ../include_main.dfy twice over (it is loaded once).
function Twice(n: int): int {
  2 * n
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
