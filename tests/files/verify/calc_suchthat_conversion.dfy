// RUN: verify --show-snippets false
function F(x: int): int { x + 1 }
lemma L(x: int) ensures F(x) > x {}
method A(x: int) {
  calc {
    F(x);
    == x + 1;
    < x + 3;
    == x + 4;
  }
}
method B() {
  forall x | x > 0 ensures F(x) > 1 {
  }
  var y :| y > 3 && y < 3;
}
method C(s: set<int>) {
  var z :| z in s;
}
method D(x: int) {
  var r := x as real;
  var i := r as int;
  var c := 'a' as int;
  var d := x as char;
}

// CHECK-EXIT: 4
// CHECK: calc_suchthat_conversion.dfy(9,9): Error: the calculation step between the previous line and this line could not be proved
// CHECK: calc_suchthat_conversion.dfy(15,8): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: calc_suchthat_conversion.dfy(18,8): Error: cannot establish the existence of LHS values that satisfy the such-that predicate
// CHECK: calc_suchthat_conversion.dfy(24,13): Error: value to be converted might not fit in char
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 4 errors
