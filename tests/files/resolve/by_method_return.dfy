// RUN: resolve --show-snippets false
// A `return` in the `by method` body of a function gives the function's result.
function Max(a: int, b: int): int {
  if a < b then b else a
} by method {
  if a < b {
    return b;
  }
  return a;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
