// RUN: verify --show-snippets false
// Ackermann with a decreases clause in the wrong order.
function Ack(m: nat, n: nat): nat
  decreases n, m
{
  if m == 0 then n + 1
  else if n == 0 then Ack(m - 1, 1)
  else Ack(m - 1, Ack(m, n - 1))
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_lexicographic.dfy(7,25): Error: decreases clause might not decrease
// CHECK: neg_recursion_lexicographic.dfy(8,10): Error: decreases clause might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
