// RUN: verify --show-snippets false
// A map with nat values updated with a possibly negative value.
method M(m: map<string, nat>, k: string, d: int) returns (m2: map<string, nat>)
  requires k in m
{
  m2 := m[k := m[k] + d];
}

// CHECK-EXIT: 4
// CHECK: neg_map_nat_values_update.dfy(6,20): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
