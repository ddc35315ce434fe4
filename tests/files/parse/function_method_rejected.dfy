// RUN: resolve --show-snippets false
function method Twice(n: int): int
{
  2 * n
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
