// RUN: verify --show-snippets false --allow-warnings
// A Fibonacci value asserted wrong.
function Fib(n: nat): nat
{
  if n < 2 then n else Fib(n - 1) + Fib(n - 2)
}
method M() {
  assert Fib(4) == 3;
  assert Fib(5) == 8;
}

// CHECK-EXIT: 4
// CHECK: neg_fib_function_assert.dfy(9,16): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
