// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: an asserted predicate call, once checked through its
// body, holds as the call itself for what follows (the instance divides(2, 6) of IsPrime's
// quantifier).
predicate divides(f: nat, i: nat)
  requires 1 <= f
{
  i % f == 0
}

predicate IsPrime(i: nat)
{
  && 1 < i
  && forall f :: 1 < f < i ==> !divides(f, i)
}

method Main()
{
  assert IsPrime(3);
  assert divides(2, 6);
  assert !IsPrime(6);
  assert IsPrime(9);  // error: 3 divides 9
}

// CHECK-EXIT: 4
// CHECK: predicate_assert_assumed_as_call.dfy(22,16): Error: assertion might not hold
// CHECK: predicate_assert_assumed_as_call.dfy(14,5): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
