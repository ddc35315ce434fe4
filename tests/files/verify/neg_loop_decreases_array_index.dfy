// RUN: verify --show-snippets false --allow-warnings
// A loop walking an array backwards, with a decreases clause that grows.
method M(a: array<int>) {
  var i := a.Length;
  while i > 0
    decreases a.Length - i
  {
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_array_index.dfy(5,2): Error: decreases expression might not decrease
// CHECK: neg_loop_decreases_array_index.dfy(6,23): Error: decreases expression must be bounded below by 0 at end of loop iteration
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
