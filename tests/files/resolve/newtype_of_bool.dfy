// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
newtype B = b: bool | b

// CHECK-EXIT: 2
// CHECK: newtype_of_bool.dfy(3,8): Error: newtypes must be based on some numeric type (got bool)
// CHECK: 1 resolution/type errors detected in newtype_of_bool.dfy
