// RUN: verify --show-snippets false
// Three mutually recursive functions; one edge does not decrease.
function A(n: nat): nat { if n == 0 then 0 else B(n - 1) }
function B(n: nat): nat { if n == 0 then 0 else C(n) }
function C(n: nat): nat { if n == 0 then 0 else A(n) }

// CHECK-EXIT: 4
// CHECK: neg_recursion_three_way_mutual.dfy(4,49): Error: cannot prove termination; try supplying a decreases clause
// CHECK: neg_recursion_three_way_mutual.dfy(5,49): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
