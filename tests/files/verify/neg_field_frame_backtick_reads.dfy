// RUN: verify --show-snippets false
// A function reads one field of `this` but declares only the other.
class P {
  var x: int
  var y: int
  function GetY(): int
    reads this`x
  {
    y
  }
}

// CHECK-EXIT: 4
// CHECK: neg_field_frame_backtick_reads.dfy(9,4): Error: insufficient reads clause to read field; Consider adding 'reads this' or 'reads this`y' in the enclosing function specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
