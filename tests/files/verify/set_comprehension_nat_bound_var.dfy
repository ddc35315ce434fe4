// RUN: verify --show-snippets false
// A set comprehension assigned to set<nat> ranges its untyped bound variable over nats, as
// Dafny 4.11 infers it: only 2 of {-1, 2} takes part, so t is {4} (the last assertion fails,
// in Dafny too). Expected output recorded from Dafny 4.11.
method M() {
  var s: set<int> := {-1, 2};
  var t: set<nat> := set x | x in s :: x * 2;
  assert t == {4};
  var m: map<int, bool> := map[-3 := true, 3 := false];
  var k: map<nat, bool> := map x | x in m :: m[x];
  assert k == map[3 := false];
  var u: set<int> := set x | x in s :: x * 2;
  assert u == {4};
}

// CHECK-EXIT: 4
// CHECK: set_comprehension_nat_bound_var.dfy(13,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
