// RUN: verify --show-snippets false --allow-warnings
// `-L` of a literal is the one literal -L for a newtype: -0x80 is an int8 (0x80 alone is not),
// and -0x81 is not.
newtype int8 = x: int | -0x80 <= x < 0x80

const INT8_MIN: int8 := -0x80

method M() {
  var a: int8 := -0x80;
  var b := -128 as int8;
  assert a == b == INT8_MIN;
}

method N() {
  var c: int8 := -0x81;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_negated_literal.dfy(15,17): Error: result of operation might violate newtype constraint for 'int8'
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
