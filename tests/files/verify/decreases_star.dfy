// RUN: verify --show-snippets false
// decreases *: loops and methods that need not terminate get no termination check; everything
// else is still checked. Expected output recorded from Dafny 4.11.
method Forever(x: int) returns (y: int)
  decreases *
  ensures y > x
{
  y := x;
  while y <= x
    decreases *
  {
    y := y - 1;
  }
}

method Spin(n: int)
  decreases *
{
  if n != 0 { Spin(n - 1); }
}

method StillChecked(a: array<int>)
  decreases *
{
  var i := 0;
  while true
    decreases *
  {
    a[i] := 0;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: decreases_star.dfy(29,5): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK: decreases_star.dfy(29,5): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
