// RUN: verify --show-snippets false --allow-warnings
// A quantifier for which Dafny finds no trigger gets Boogie's: an application of Dafny's Mod
// (or Div) function that mentions every bound variable. Expected output recorded from Dafny 4.11.
method NoDivisorBelow(n: int, m: int) returns (none: bool)
  requires n >= 2 && 2 <= m <= n
  ensures none <==> (forall d :: 2 <= d < m ==> n % d != 0)
{
  none := true;
  var d := 2;
  while d < m
    invariant 2 <= d <= m
    invariant none <==> (forall e :: 2 <= e < d ==> n % e != 0)
  {
    if n % d == 0 {
      none := false;
    }
    d := d + 1;
  }
}

method Halves(n: nat) returns (k: nat)
  ensures forall j :: 0 <= j < k ==> j / 2 < n
{
  k := n;
}

method WrongHalves(n: nat) returns (k: nat)
  ensures forall j :: 0 <= j < k ==> j / 2 < n
{
  k := 3 * n + 3;
}



// CHECK-EXIT: 4
// CHECK: mod_trigger_boogie.dfy(29,0): Error: a postcondition could not be proved on this return path
// CHECK: mod_trigger_boogie.dfy(28,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
