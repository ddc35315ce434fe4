// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int): int
  ensures F(x)
{
  x
}

// CHECK-EXIT: 2
// CHECK: ensures_not_bool.dfy(4,11): Error: Postcondition must be a boolean (got int)
// CHECK: 1 resolution/type errors detected in ensures_not_bool.dfy
