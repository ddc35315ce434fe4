// RUN: verify --allow-warnings --show-snippets false
// Expected output recorded from Dafny 4.11: {:verify false} and @Verify skip a declaration's own
// proofs; its contract still holds for callers.
lemma {:verify false} NotChecked()
  ensures false
{
}

method {:verify false} Unproved(x: int) returns (y: int)
  ensures y > x
{
  y := x;
}

method Caller() {
  var y := Unproved(3);
  assert y > 3;
  assert y > 4;  // error: only y > 3 is known
}

lemma {:verify true} Checked()
  ensures false
{  // error
}

// CHECK-EXIT: 4
// CHECK: verify_false.dfy(4,22): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless lemma together with the {:axiom} attribute instead
// CHECK: verify_false.dfy(9,23): Warning: The {:verify false} attribute should only be used during development. Consider using a bodyless method together with the {:axiom} attribute instead
// CHECK: verify_false.dfy(18,2): Error: assertion might not hold
// CHECK: verify_false.dfy(23,0): Error: a postcondition could not be proved on this return path
// CHECK: verify_false.dfy(22,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
