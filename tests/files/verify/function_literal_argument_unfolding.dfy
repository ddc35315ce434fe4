// RUN: verify --show-snippets false
function Sum(n: nat): nat
{
  if n == 0 then 0 else n + Sum(n - 1)
}
method M()
{
  assert Sum(3) == 6;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
