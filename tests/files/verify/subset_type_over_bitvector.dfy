// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: subset types over bit-vector types (Std.Unicode's
// CodePoint), their constraints, witnesses and conversions.
type CodePoint = i: bv24 | 0 <= i <= 0x10FFFF
type ScalarValue = p: CodePoint | p < 0xD800 || 0xE000 <= p

function Hi(c: CodePoint): bv24 { c >> 16 }

method M(x: bv24) returns (c: CodePoint)
  requires x < 0x10000
  ensures c == x + 1
{
  c := x + 1;
}

method Bad(x: bv24) returns (c: CodePoint) {
  c := x;  // error: may exceed 0x10FFFF
}

method S(s: ScalarValue) returns (b: bool) ensures b {
  b := s != 0xD800;
}

function Units(c: ScalarValue): seq<bv8> {
  if c < 0x80 then [c as bv8] else [(0xC0 | (c >> 6)) as bv8, (0x80 | (c & 0x3F)) as bv8]
}

// CHECK-EXIT: 4
// CHECK: subset_type_over_bitvector.dfy(17,7): Error: value does not satisfy the subset constraints of 'CodePoint'
// CHECK: subset_type_over_bitvector.dfy(25,54): Error: value to be converted might not fit in bv8
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 2 errors
