// RUN: verify --show-snippets false
// Bit-vectors as Z3's: modular arithmetic, unsigned comparison and division, bitwise operators,
// shifts with Dafny's amount checks, and conversions that must fit.
method Ops(x: bv8, y: bv8) returns (r: bv8)
{
  assert x & 0 == 0;
  assert x | 0xFF == 0xFF;
  assert x ^ x == 0;
  assert !x == 0xFF - x;
  assert (x << 1) == x * 2;
  assert x >> 8 == 0;
  assert 0xFF + 1 as bv8 == 0;
  r := x ^ y;
  assert r ^ y == x;
}

method Swap(x: bv32, y: bv32) returns (a: bv32, b: bv32)
  ensures a == y && b == x
{
  a, b := x, y;
  a := a ^ b;
  b := a ^ b;
  a := a ^ b;
}

method ShiftByInt(x: bv8, k: int) returns (r: bv8)
{
  r := x << k;
}

method ShiftTooFar(x: bv8) returns (r: bv8)
{
  r := x >> 9;
}

method Narrowing(n: int, wide: bv32) returns (r: bv8, s: bv8)
{
  r := n as bv8;
  s := wide as bv8;
}

method DivideByZero(x: bv8) returns (q: bv8)
{
  q := x / (x - x);
}

method Unsigned(x: bv8) returns (c: int)
  ensures c < 256
{
  c := x as int;
  assert x + 1 > x;
}

// CHECK-EXIT: 4
// CHECK: bitvectors.dfy(28,9): Error: shift amount must not exceed the width of the result (8)
// CHECK: bitvectors.dfy(28,12): Error: when converting shift amount to a bit vector, the value to be converted might not fit in bv4
// CHECK: bitvectors.dfy(33,9): Error: shift amount must not exceed the width of the result (8)
// CHECK: bitvectors.dfy(38,9): Error: value to be converted might not fit in bv8
// CHECK: bitvectors.dfy(39,12): Error: value to be converted might not fit in bv8
// CHECK: bitvectors.dfy(44,9): Error: possible division by zero
// CHECK: bitvectors.dfy(51,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 7 errors
