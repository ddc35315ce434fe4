// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(ghost s: seq<int>) returns (n: int) {
  n := |s|;
}

// CHECK-EXIT: 2
// CHECK: ghost_parameter_in_compiled_expression.dfy(4,8): Error: ghost variables such as s are allowed only in specification contexts. s was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_parameter_in_compiled_expression.dfy
