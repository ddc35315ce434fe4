// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(ghost g: int): int {
  g
}

// CHECK-EXIT: 2
// CHECK: ghost_parameter_as_result.dfy(4,2): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_parameter_as_result.dfy
