// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: conversions between int and bit-vector types; the
// range check's bound 2^N is an integer numeral (a real power made this task time out).
method M(x: int, b: bv8, w: bv64) returns (y: bv8)
  requires 0 <= x < 256
{
  y := x as bv8;
  assert y as int == x;
  var z := (b as int + 1) as bv16;
  var bad := (x + 1) as bv8;  // error: may be 256
}

// CHECK-EXIT: 4
// CHECK: bitvector_conversion_bound.dfy(10,21): Error: value to be converted might not fit in bv8
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
