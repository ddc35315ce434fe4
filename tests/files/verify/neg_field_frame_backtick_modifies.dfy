// RUN: verify --show-snippets false
// A method declares it modifies one field but assigns another.
class P {
  var x: int
  var y: int
  method SetY(v: int)
    modifies this`x
  {
    y := v;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_field_frame_backtick_modifies.dfy(9,4): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
