// RUN: verify --show-snippets false
ghost function Sum(n: nat): nat
{
  if n == 0 then 0 else n + Sum(n - 1)
}
predicate IsEven(n: int)
{
  n % 2 == 0
}
method Check(a: int, b: int, k: nat) returns (r: bool)
  ensures r <==> IsEven(a + b)
  ensures IsEven(a) && IsEven(b) ==> r
  ensures Sum(k + 1) == k + 1 + Sum(k)
{
  r := (a + b) % 2 == 0;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
