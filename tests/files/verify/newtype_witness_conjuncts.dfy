// RUN: verify --show-snippets false
// A witness that fails a conjunction: one error per conjunct, each with its related location.
// Expected output recorded from Dafny 4.11.
type pos = x: int | x > 0 witness 1
newtype uint8 = x: int | 0 <= x < 256
type Small = x: nat | x < 10
method M(a: uint8, b: uint8) returns (c: uint8) {
  var u: uint8 := 300;
  c := a + b;
  var s: Small := 10;
  var i: int := 5;
  var q := i as uint8;
}
newtype Empty = x: int | x < 0 && x > 0
type E2 = x: int | x > 5

// CHECK-EXIT: 4
// CHECK: newtype_witness_conjuncts.dfy(8,18): Error: result of operation might violate newtype constraint for 'uint8'
// CHECK: newtype_witness_conjuncts.dfy(14,8): Error: cannot find witness that shows type is inhabited (only tried 0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: newtype_witness_conjuncts.dfy(14,27): Related location: this proposition could not be proved
// CHECK: newtype_witness_conjuncts.dfy(14,8): Error: cannot find witness that shows type is inhabited (only tried 0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: newtype_witness_conjuncts.dfy(14,36): Related location: this proposition could not be proved
// CHECK: newtype_witness_conjuncts.dfy(15,5): Error: cannot find witness that shows type is inhabited (only tried 0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 4 errors
