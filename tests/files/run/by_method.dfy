// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify by_method.dfy. The compiled
// code of a function with a 'by method' body is that body.
function Comb(n: nat, k: nat): nat
  requires k <= n
{
  if k == 0 || k == n then 1 else Comb(n - 1, k) + Comb(n - 1, k - 1)
}
by method
{
  var maxj := n - k;
  var c := new nat[1 + maxj](_ => 1);
  var i := 1;
  while i <= k
  {
    var j := 1;
    while j <= maxj
    {
      c[j] := c[j] + c[j - 1];
      j := j + 1;
    }
    i := i + 1;
  }
  return c[maxj];
}

function Sum(s: seq<int>): (total: int)
{
  if s == [] then 0 else s[0] + Sum(s[1..])
}
by method
{
  total := 0;
  var i := |s|;
  while i > 0
  {
    i := i - 1;
    total := total + s[i];
  }
}

method Main()
{
  print Comb(10, 3), " ", Comb(30, 15), "\n";
  print Sum([1, 2, 3, 4]), " ", Sum([]), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 120 155117520
// CHECK: 10 0
