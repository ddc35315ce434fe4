// RUN: verify --show-snippets false
// A newtype without witness and zero outside its range.
newtype Hundreds = x: int | 100 <= x < 200

// CHECK-EXIT: 4
// CHECK: neg_newtype_no_witness.dfy(3,8): Error: cannot find witness that shows type is inhabited (only tried 0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: neg_newtype_no_witness.dfy(3,32): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
