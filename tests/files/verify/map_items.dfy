// RUN: verify --show-snippets false
// m.Items: the pairs of a map. Expected output recorded from Dafny 4.11.
method M(m: map<int, int>)
  requires 3 in m && m[3] == 4
{
  assert (3, 4) in m.Items;
  assert forall p :: p in m.Items ==> p.0 in m && m[p.0] == p.1;
  assert |m.Items| == |m.Keys|;
  assert (3, 5) in m.Items;
}

// CHECK-EXIT: 4
// CHECK: map_items.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
