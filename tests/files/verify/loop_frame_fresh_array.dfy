// RUN: verify --show-snippets false
// A loop may change the objects allocated since the method began: the final assertion is false,
// and dfyc once proved it (its loop frame protected everything allocated before the loop).
method M() {
  var c := new int[5];
  c[0] := 0;
  var i := 0;
  while i < 3
    invariant 0 <= i <= 3
  {
    c[0] := c[0] + 1;
    i := i + 1;
  }
  assert c[0] == 0;
}

// CHECK-EXIT: 4
// CHECK: loop_frame_fresh_array.dfy(14,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
