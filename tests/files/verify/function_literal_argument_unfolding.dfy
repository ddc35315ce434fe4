// RUN: verify --show-snippets false
function Sum(n: nat): nat
{
  if n == 0 then 0 else n + Sum(n - 1)
}
method M()
{
  assert Sum(3) == 6;
}

// CHECK-EXIT: 4
// CHECK: function_literal_argument_unfolding.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
