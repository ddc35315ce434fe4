// RUN: verify --show-snippets false --allow-warnings
// ORDINAL: its order, arithmetic, members and conversions, as Dafny axiomatizes them.
lemma L(o: ORDINAL, p: ORDINAL) ensures o < p || o == p || p < o {}
lemma M(o: ORDINAL) requires o.IsLimit && o != 0 ensures 5 < o {}
lemma N(o: ORDINAL) requires o.IsSucc ensures o - 1 < o {}
lemma P(o: ORDINAL) ensures o - 1 < o {}
lemma Q(o: ORDINAL, n: nat) ensures (n as ORDINAL).IsNat && (n as ORDINAL).Offset == n {}
lemma R(o: ORDINAL) requires o.IsLimit && o != 0 ensures false {}
lemma T(i: int) ensures (i as ORDINAL).IsNat {}
lemma U(o: ORDINAL) requires o.IsNat ensures o == (o.Offset as ORDINAL) {}
lemma V(o: ORDINAL) requires !o.IsNat ensures 1000 < o {}

// CHECK-EXIT: 4
// CHECK: ordinals.dfy(6,30): Error: ORDINAL subtraction might underflow a limit ordinal (that is, RHS might be too large)
// CHECK: ordinals.dfy(6,38): Error: a postcondition could not be proved on this return path
// CHECK: ordinals.dfy(6,34): Related location: this is the postcondition that could not be proved
// CHECK: ordinals.dfy(8,63): Error: a postcondition could not be proved on this return path
// CHECK: ordinals.dfy(8,57): Related location: this is the postcondition that could not be proved
// CHECK: ordinals.dfy(9,27): Error: a negative integer cannot be converted to an ORDINAL
// CHECK: ordinals.dfy(9,45): Error: a postcondition could not be proved on this return path
// CHECK: ordinals.dfy(9,39): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 5 errors
