// RUN: verify --show-snippets false
// The loop counter of a newtype overflows on the last increment.
newtype idx = x: int | 0 <= x < 10
method M() {
  var i: idx := 0;
  while i < 9
  {
    i := i + 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_loop_counter.dfy(8,11): Error: result of operation might violate newtype constraint for 'idx'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
