// RUN: verify --show-snippets false
// A loop's termination is checked before its invariants are maintained, in Dafny's order: with
// the next iteration's quantified invariant assumed first, Z3's nonlinear arithmetic gives up on
// the inferred decreases clause n - r * r.
method IsSquare(n: int) returns (square: bool)
  requires n >= 0
  ensures square ==> exists r :: 0 <= r <= n && r * r == n
{
  var r := 0;
  while r * r < n
    invariant 0 <= r <= n
    invariant forall k :: 0 <= k < r ==> k * k < n
  {
    r := r + 1;
  }
  return r * r == n;
}

// The same loop with a bound that does not grow: Dafny cannot prove termination either.
method Stuck(n: nat) returns (r: nat)
{
  r := 0;
  while r * r < n
    invariant forall k :: 0 <= k < r ==> k * k < n
  {
    r := r * 1;
  }
}
// CHECK-EXIT: 4
// CHECK: loop_termination_nonlinear.dfy(23,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
