// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = D(x: int)
method M(ghost g: int) returns (d: D) {
  d := D(g);
}

// CHECK-EXIT: 2
// CHECK: ghost_constructor_argument.dfy(5,9): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_constructor_argument.dfy
