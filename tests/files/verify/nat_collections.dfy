// RUN: verify --show-snippets false
method M(s: seq<nat>, a: array<nat>) returns (t: seq<nat>)
  requires |s| > 0 && a.Length > 0
  modifies a
{
  assert s[0] >= 0;
  assert a[0] >= 0;
  t := s + [1];
  a[0] := -1;
}
method N(x: int) returns (t: seq<nat>) {
  t := [x];
}
datatype D = D(n: nat)
function F(): seq<nat> { [-1] }
method P() { var d := D(-2); }

// CHECK-EXIT: 4
// CHECK: nat_collections.dfy(9,10): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: nat_collections.dfy(12,7): Error: value of expression (of type 'seq<int>') is not known to be an instance of type 'seq<nat>'
// CHECK: nat_collections.dfy(15,26): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: nat_collections.dfy(16,24): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 4 errors
