// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Quantifiers; Integer range constraints in quantifiers; Subtype constraints in quantifiers.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_quantifier_subtypes.dfy (it verifies there).
type Digit = x: int | 0 <= x < 10

method Main() {
  var a := [3, 1, 4, 1, 5];
  print forall i :: 0 <= i < |a| ==> a[i] > 0, "\n";
  print exists i, j :: 0 <= i < j < |a| && a[i] == a[j], "\n";
  print forall x: nat | x < 4 :: x * x < 10, "\n";
  print set d: Digit | 0 <= d < 10 && d % 3 == 0, "\n";
  print exists k: nat | k < 5 :: k == 4, "\n";
}

// CHECK-EXIT: 0
// CHECK: feature_quantifier_subtypes.dfy(12,8): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true
// CHECK: true
// CHECK: true
// CHECK: {0, 3, 6, 9}
// CHECK: true
