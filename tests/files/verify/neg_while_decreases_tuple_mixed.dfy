// RUN: verify --show-snippets false
// A two-component decreases clause whose first component increases.
method M(x: nat, y: nat) {
  var a, b := x, y;
  while a > 0 || b > 0
    decreases a, b
  {
    if b > 0 {
      b := b - 1;
      a := a + 1;
    } else {
      a := a - 1;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_while_decreases_tuple_mixed.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
