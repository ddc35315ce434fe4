// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// A method without outputs assigned to a variable: "0 value", "1 variable".
lemma L(n: nat) ensures n >= 0 { }
method M() {
  var x := L(3);
}

// CHECK-EXIT: 2
// CHECK: call_without_outs_assigned.dfy(6,12): Error: the method returns 0 value but is assigned to 1 variable (all return values must be assigned)
// CHECK: 1 resolution/type errors detected in call_without_outs_assigned.dfy
