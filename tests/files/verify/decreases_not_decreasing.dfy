// RUN: verify --show-snippets false
method Loop(n: int)
{
  var i := 0;
  while i < n
    decreases n - i
  {
    i := i + 0;
  }
}

// CHECK-EXIT: 4
// CHECK: decreases_not_decreasing.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
