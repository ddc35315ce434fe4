// RUN: verify --show-snippets false
const N := 10
const M: nat := 3
const K: int
method Test() { assert N + M == 13; var a := new int[N]; assert a.Length == 10; assert K == K; }

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
