// RUN: verify --show-snippets false --allow-warnings
// A recursive function is unfolded enough for a small value; the claim is wrong.
function SumTo(n: nat): nat
{
  if n == 0 then 0 else n + SumTo(n - 1)
}
method M() {
  assert SumTo(3) == 6;
  assert SumTo(4) == 11;
}

// CHECK-EXIT: 4
// CHECK: neg_function_call_in_assert_no_unfold.dfy(9,18): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
