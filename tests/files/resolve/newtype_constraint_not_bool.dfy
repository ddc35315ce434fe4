// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
newtype N = x: int | x + 1

// CHECK-EXIT: 2
// CHECK: newtype_constraint_not_bool.dfy(3,23): Error: newtype constraint must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in newtype_constraint_not_bool.dfy
