// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
type Small = x: int | x + 1 witness 0

// CHECK-EXIT: 2
// CHECK: subset_constraint_not_bool.dfy(3,24): Error: subset-type constraint must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in subset_constraint_not_bool.dfy
