// RUN: resolve
// Expected output recorded from Dafny 4.11: a newtype cannot be based on a bit-vector type.
newtype A = bv8
newtype B = x: bv8 | x < 10

// CHECK-EXIT: 2
// CHECK: newtype_over_bitvector.dfy(3,8): Error: newtypes must be based on some numeric type (got bv8)
// CHECK:   |
// CHECK: 3 | newtype A = bv8
// CHECK:   |         ^
// CHECK:
// CHECK: newtype_over_bitvector.dfy(4,8): Error: newtypes must be based on some numeric type (got bv8)
// CHECK:   |
// CHECK: 4 | newtype B = x: bv8 | x < 10
// CHECK:   |         ^
// CHECK:
// CHECK: 2 resolution/type errors detected in newtype_over_bitvector.dfy
