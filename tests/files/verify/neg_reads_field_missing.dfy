// RUN: verify --show-snippets false
// A function reads a field without a reads clause.
class Cell {
  var value: int
  function Get(): int
  {
    value
  }
}

// CHECK-EXIT: 4
// CHECK: neg_reads_field_missing.dfy(7,4): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`value' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
