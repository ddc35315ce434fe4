// RUN: verify --show-snippets false
// if x :| p { } else { }: the then branch has some x with p, the else branch knows there is
// none. Expected output recorded from Dafny 4.11.
method Pick(s: set<int>) returns (r: int)
  ensures s != {} ==> r in s
  ensures s == {} ==> r == -1
{
  if x :| x in s {
    r := x;
  } else {
    r := -1;
  }
}

method FindNegative(a: seq<int>) returns (found: bool)
  ensures found <==> exists i :: 0 <= i < |a| && a[i] < 0
{
  if i :| 0 <= i < |a| && a[i] < 0 {
    found := true;
  } else {
    found := false;
  }
}

method Wrong(s: set<nat>) returns (r: nat)
  ensures r > 0
{
  if x :| x in s {
    r := x;
  } else {
    r := 1;
  }
}

// CHECK-EXIT: 4
// CHECK: binding_if.dfy(27,0): Error: a postcondition could not be proved on this return path
// CHECK: binding_if.dfy(26,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
