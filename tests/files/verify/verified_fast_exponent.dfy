// RUN: verify --show-snippets false
function Pow(b: int, e: nat): int
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}
lemma PowSquare(b: int, e: nat)
  ensures Pow(b * b, e) == Pow(b, 2 * e)
{
  if e > 0 {
    PowSquare(b, e - 1);
  }
}
method FastPow(b0: int, e0: nat) returns (r: int)
  ensures r == Pow(b0, e0)
{
  r := 1;
  var b: int, e: nat := b0, e0;
  while e > 0
    invariant r * Pow(b, e) == Pow(b0, e0)
  {
    if e % 2 == 1 {
      r := r * b;
      e := e - 1;
    }
    PowSquare(b, e / 2);
    b, e := b * b, e / 2;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 0 errors
