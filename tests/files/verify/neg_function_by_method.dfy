// RUN: verify --show-snippets false
// A function by method whose method part does not compute the function.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
function Sum(n: nat): nat
{
  if n == 0 then 0 else n + Sum(n - 1)
} by method {
  var s := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant s == Sum(i)
  {
    i := i + 1;
    s := s + i + 1;
  }
  return s;
}

// CHECK-EXIT: 4
// CHECK: neg_function_by_method.dfy(12,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
