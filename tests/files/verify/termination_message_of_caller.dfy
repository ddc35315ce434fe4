// RUN: verify --show-snippets false
// A call's termination failure is worded by the caller's decreases clause, as Dafny words it:
// "cannot prove termination" where the caller's is inferred, "decreases clause might not
// decrease" where it is given (whatever the callee's). Expected output recorded from Dafny 4.11.
function F(x: nat): nat
  decreases 5
{
  G(x)
}

function G(x: nat): nat {
  F(x)
}

method M(x: nat) {
  N(x);
}

method N(x: nat)
  decreases x + 1
{
  M(x);
}

// CHECK-EXIT: 4
// CHECK: termination_message_of_caller.dfy(8,3): Error: decreases clause might not decrease
// CHECK: termination_message_of_caller.dfy(12,3): Error: cannot prove termination; try supplying a decreases clause
// CHECK: termination_message_of_caller.dfy(16,3): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
