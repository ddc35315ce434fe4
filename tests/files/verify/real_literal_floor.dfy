// RUN: verify --show-snippets false
// `.Floor` of a real literal, whose type is decided later. Dafny 4.11's output.
newtype R = r: real | r >= 0.0

method M() {
  var r := 2.5.Floor;
  assert r == 2;
  var n := (-2.5).Floor;
  assert n == -3;
  var q: R := 3.5;
  assert q.Floor == 3;
  assert 2.5.Floor == 3;
}

// CHECK-EXIT: 4
// CHECK: real_literal_floor.dfy(12,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
