// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Use(x: int) {}
method M(ghost g: int) {
  Use(g);
}

// CHECK-EXIT: 2
// CHECK: ghost_argument_to_compiled_parameter.dfy(5,6): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_argument_to_compiled_parameter.dfy
