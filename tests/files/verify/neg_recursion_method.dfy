// RUN: verify --show-snippets false
// A recursive method whose argument can stay the same.
method Down(n: nat) returns (r: nat)
{
  if n <= 1 {
    r := 0;
  } else {
    r := Down(n / 2 + 1);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_method.dfy(8,13): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
