// RUN: run
// Expected output recorded from Dafny 4.11: subset types over bit-vector types compile as
// their base type.
type CodePoint = i: bv24 | 0 <= i <= 0x10FFFF
type ScalarValue = p: CodePoint | p < 0xD800 || 0xE000 <= p
function Units(c: ScalarValue): seq<bv8> requires c < 0x800 {
  if c < 0x80 then [c as bv8] else [(0xC0 | ((c >> 6) & 0x1F)) as bv8, (0x80 | (c & 0x3F)) as bv8]
}
function Old(c: ScalarValue): seq<bv8> {
  if c < 0x80 then [c as bv8] else [(0xC0 | ((c >> 6) & 0x1F)) as bv8, (0x80 | (c & 0x3F)) as bv8]
}
method Main() {
  var c: ScalarValue := 0xE9;
  print Units(c), " ", Units(0x41), "\n";
  var d: CodePoint := *;
  print d, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 0 errors
// CHECK: [195, 169] [65]
// CHECK: 0
