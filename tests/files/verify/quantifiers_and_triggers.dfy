// RUN: verify --show-snippets false
function F(x: int): int { x * 2 }
predicate P(x: int) { x > 0 }
method A(n: int)
  requires forall i :: 0 <= i < n ==> P(i + 1)
  ensures forall k :: 0 < k <= n ==> P(k)
{
  assert forall j :: 0 <= j < n ==> P(j + 1);
}
method B() {
  assert forall x: int :: F(x) == 2 * x;
  assert exists y: int :: F(y) == 10;
}
method C() {
  assert forall x: nat :: x >= 0;
  assert forall x: int :: x >= 0;
}
lemma L(n: nat)
  ensures forall i | 0 <= i < n :: F(i) < F(i + 1)
{
}
method D(n: int) {
  assert exists k :: k > n;
  assert forall k {:trigger F(k)} :: F(k) == k + k;
}

// CHECK-EXIT: 4
// CHECK: quantifiers_and_triggers.dfy(5,11): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: quantifiers_and_triggers.dfy(8,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: quantifiers_and_triggers.dfy(15,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: quantifiers_and_triggers.dfy(16,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: quantifiers_and_triggers.dfy(23,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: quantifiers_and_triggers.dfy(12,2): Error: assertion might not hold
// CHECK: quantifiers_and_triggers.dfy(16,2): Error: assertion might not hold
// CHECK: quantifiers_and_triggers.dfy(23,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 3 errors
