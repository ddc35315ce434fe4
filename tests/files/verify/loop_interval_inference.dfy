// RUN: verify --show-snippets false
// Boogie's interval analysis (which Dafny enables) bounds counters without invariants.
method Up(n: nat) {
  var i: int := 1;
  var j: int := 0;
  while i <= n
    invariant 10 / i == 10 / i
  {
    i := i + 1;
    j := j - 1;
  }
  assert i >= 1 && j <= 0;
}

method Down(n: nat) {
  var i: int := 5;
  while i > -3
    invariant 10 / i == 10 / i
  {
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: loop_interval_inference.dfy(18,17): Error: possible division by zero
// CHECK: loop_interval_inference.dfy(18,27): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
