// RUN: verify --show-snippets false
// A forall statement without ensures concludes what its body proves when the body is one
// lemma call (the callee's postcondition) or one calc; x := * gives an arbitrary value of the
// target's type. Expected output recorded from Dafny 4.11.
function Double(n: int): int { 2 * n }

lemma DoubleEven(n: int)
  requires n >= 0
  ensures Double(n) % 2 == 0
{}

lemma AllEven()
  ensures forall n :: n >= 0 ==> Double(n) % 2 == 0
{
  forall n | n >= 0 {
    DoubleEven(n);
  }
}

lemma PreconditionChecked()
{
  forall n | n >= -1 {
    DoubleEven(n);
  }
}

lemma ByCalc()
  ensures forall n: int :: Double(n) == n + n
{
  forall n: int {
    calc {
      Double(n);
      2 * n;
      n + n;
    }
  }
}

lemma NothingLearned()
  ensures forall n: int :: Double(n) > n
{
  forall n: int | n > 0 {
    assert Double(n) > n;
  }
}

method Havoc(a: array<int>) returns (r: int)
  requires a.Length > 0
  modifies a
{
  var x: int := *;
  a[0] := *;
  r := *;
  assert x == 0;
}

// CHECK-EXIT: 4
// CHECK: forall_inferred_and_havoc.dfy(42,2): Warning: the conclusion of the body of this forall statement will not be known outside the forall statement; consider using an 'ensures' clause
// CHECK: forall_inferred_and_havoc.dfy(42,2): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: forall_inferred_and_havoc.dfy(23,14): Error: a precondition for this call could not be proved
// CHECK: forall_inferred_and_havoc.dfy(8,13): Related location: this is the precondition that could not be proved
// CHECK: forall_inferred_and_havoc.dfy(41,0): Error: a postcondition could not be proved on this return path
// CHECK: forall_inferred_and_havoc.dfy(40,10): Related location: this is the postcondition that could not be proved
// CHECK: forall_inferred_and_havoc.dfy(54,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 3 errors
