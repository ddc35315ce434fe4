// RUN: verify --show-snippets false
// Looking up a key that may not be in the map.
method M(m: map<string, int>, k: string) returns (v: int)
{
  v := m[k];
}

// CHECK-EXIT: 4
// CHECK: neg_map_domain.dfy(5,8): Error: element might not be in domain
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
