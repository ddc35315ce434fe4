// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() returns (r: int) {
  ghost var g := 1;
  r := g;
}

// CHECK-EXIT: 2
// CHECK: ghost_assigned_to_compiled.dfy(5,7): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in ghost_assigned_to_compiled.dfy
