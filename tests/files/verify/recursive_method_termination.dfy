// RUN: verify --show-snippets false
method Down(n: int) returns (r: int)
{
  if n == 0 {
    r := 0;
  } else {
    r := Down(n - 2);
  }
}

// CHECK-EXIT: 4
// CHECK: recursive_method_termination.dfy(7,13): Error: decreases expression must be bounded below by 0
// CHECK: recursive_method_termination.dfy(2,12): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
