// RUN: verify --show-snippets false
// Newtypes and subset types: literals, arithmetic and conversions of a newtype, values of a subset
// type, and the witness of each (given or Dafny's default). Expected output recorded from Dafny 4.11.
newtype uint8 = x: int | 0 <= x < 256
type Small = x: nat | x < 10
type NE = s: seq<int> | |s| > 0 witness [1]
type W = x: int | x % 2 == 0 witness 3
type R = x: real | x > 0.0
type B = b: bool | b
type S2 = s: seq<int> | |s| > 2
method M1(a: uint8, b: uint8) returns (c: uint8) {
  c := a + b;
}
method M2() {
  var s: Small := 10;
}
method M3(i: int) {
  var q := i as uint8;
}
method M4(i: Small) returns (j: Small) {
  j := i + 1;
}
method M5(s: NE) returns (x: int) {
  x := s[0];
  var t: NE := s[1..];
}

// CHECK-EXIT: 4
// CHECK: newtype_subset_errors.dfy(7,37): Error: the given witness expression might not satisfy constraint
// CHECK: newtype_subset_errors.dfy(8,5): Error: cannot find witness that shows type is inhabited (only tried 0.0); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: newtype_subset_errors.dfy(9,5): Error: cannot find witness that shows type is inhabited (only tried false); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: newtype_subset_errors.dfy(10,5): Error: cannot find witness that shows type is inhabited (only tried []); try giving a hint through a 'witness' or 'ghost witness' clause, or use 'witness *' to treat as a possibly empty type
// CHECK: newtype_subset_errors.dfy(12,9): Error: result of operation might violate newtype constraint for 'uint8'
// CHECK: newtype_subset_errors.dfy(15,18): Error: value does not satisfy the subset constraints of 'Small'
// CHECK: newtype_subset_errors.dfy(18,13): Error: result of operation might violate newtype constraint for 'uint8'
// CHECK: newtype_subset_errors.dfy(21,9): Error: value does not satisfy the subset constraints of 'Small'
// CHECK: newtype_subset_errors.dfy(25,16): Error: value does not satisfy the subset constraints of 'NE'
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 9 errors
