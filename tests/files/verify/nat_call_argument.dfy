// RUN: verify --show-snippets false
function Fact(n: nat): nat
{
  if n == 0 then 1 else n * Fact(n - 1)
}
method M(k: int) returns (r: int)
{
  r := Fact(k - 1);
}

// CHECK-EXIT: 4
// CHECK: nat_call_argument.dfy(8,14): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
