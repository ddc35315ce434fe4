// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: 'x <- m' over a map or imap ranges over its keys.
method M(m: map<int, int>, im: imap<int, nat>)
  requires forall k <- m :: m[k] > 0
{
  assert forall x <- m :: x in m && m[x] > 0;
  var s := set x <- m :: x;
  assert forall k <- im :: im[k] >= 0;
  assert forall x <- m :: m[x] > 1;  // error
  assert exists x <- m :: x == 0;  // error
}

// CHECK-EXIT: 4
// CHECK: bindings_over_maps.dfy(9,2): Error: assertion might not hold
// CHECK: bindings_over_maps.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
