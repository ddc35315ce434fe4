// RUN: verify --show-snippets false
// forall statements whose bodies assign their own locals (loops too): proof code.
// Expected output recorded from Dafny 4.11.
lemma AllSquaresNonNegative(s: seq<int>)
  ensures forall x | x in s :: x * x >= 0
{
  forall x | x in s
    ensures x * x >= 0
  {
    var y := x;
    if y < 0 { y := -y; }
    assert x * x == y * y;
  }
}

lemma Wrong(s: seq<int>)
  ensures forall x | x in s :: x > 0
{
  forall x | x in s
    ensures x > 0
  {
    var k := 0;
    while k < 3
      invariant 0 <= k <= 3
    {
      k := k + 1;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: forall_body_locals.dfy(20,14): Error: possible violation of postcondition of forall statement
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
