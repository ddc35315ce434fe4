// RUN: verify --show-snippets false --allow-warnings
// A function's `by method` body is checked against the function: here one body computes
// x + x + 1 for 2 * x, and a loop invariant is not maintained. The result is unnamed in one
// and named in the other; calls of the function in the body are not recursive calls.
function Sum(n: nat): nat
  requires n < 100
{
  if n == 0 then 0 else n + Sum(n - 1)
} by method {
  var s := 0;
  for i := 0 to n + 1
    invariant s == Sum(i - 1) || i == 0
  {
    s := s + i;
  }
  return s;
}

function Twice(x: int): int { 2 * x } by method { return x + x + 1; }

function Square(x: int): (r: int) { x * x } by method { r := x * x; }

function Half(x: nat): (r: nat) { x / 2 } by method {
  r := 0;
  while 2 * (r + 1) <= x
    invariant 2 * r <= x
    decreases x - 2 * r
  {
    r := r + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_by_method.dfy(12,25): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: neg_by_method.dfy(12,30): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK: neg_by_method.dfy(19,50): Error: a postcondition could not be proved on this return path
// CHECK: neg_by_method.dfy(19,38): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 3 errors
