// RUN: verify --show-snippets false
// Two mutually recursive methods; one passes its argument unchanged.
method Ping(n: nat) {
  if n > 0 { Pong(n); }
}
method Pong(n: nat) {
  if n > 0 { Ping(n - 1); }
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_method_mutual.dfy(4,17): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
