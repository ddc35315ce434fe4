// RUN: verify --show-snippets false
// Conversions between bit-vector types and between bit-vectors and bounded integers. A narrowing
// bit-vector conversion is checked to fit (compared as bit-vectors, Dafny's lt_bv check), a
// widening one is not; a value in range survives a round trip through int (each of these
// lemmas took dfyc seconds before int2bv had its range fact). Expected output:
// Dafny 4.11's.
newtype uint8 = x: int | 0 <= x < 256

lemma ByteThroughInt(c: bv8) ensures (c as uint8) as bv8 == c {}
lemma IntThroughByte(b: uint8) ensures (b as bv8) as uint8 == b {}
lemma Widen(c: bv8) ensures (c as bv24) as bv8 == c {}

method Narrow(w: bv16, v: bv24) returns (a: bv8, b: bv8)
  requires w < 0x100
{
  a := w as bv8;
  b := v as bv8;  // error: v may not fit
}

method Mask(v: bv24) returns (a: bv8) {
  a := (v & 0xFF) as bv8;
}

// CHECK-EXIT: 4
// CHECK: bitvector_narrowing.dfy(17,9): Error: value to be converted might not fit in bv8
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 1 error
