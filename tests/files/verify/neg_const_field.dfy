// RUN: verify --show-snippets false
// A class constant asserted to have a wrong value.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
class Config {
  const size: int := 8
  const half := size / 2
}
method M(c: Config) {
  assert c.half == 4;
  assert c.size == c.half;
}

// CHECK-EXIT: 4
// CHECK: neg_const_field.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
