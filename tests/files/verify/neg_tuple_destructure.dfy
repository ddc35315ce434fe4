// RUN: verify --show-snippets false
// A tuple returned from a method is destructured; one part is misjudged.
method DivMod(a: nat, b: nat) returns (q: nat, r: nat)
  requires b > 0
  ensures a == q * b + r && r < b
{
  q := a / b;
  r := a % b;
}
method M() {
  var q, r := DivMod(7, 2);
  assert r < 2;
  assert q == 4;
}

// CHECK-EXIT: 4
// CHECK: neg_tuple_destructure.dfy(13,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
