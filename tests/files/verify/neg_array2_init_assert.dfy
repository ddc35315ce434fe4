// RUN: verify --show-snippets false
// A two-dimensional array is filled, but the assertion misreads one cell.
method M() {
  var m := new int[2, 3];
  m[0, 0] := 1;
  m[1, 2] := 5;
  assert m.Length0 == 2 && m.Length1 == 3;
  assert m[1, 2] == m[0, 0];
}

// CHECK-EXIT: 4
// CHECK: neg_array2_init_assert.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
