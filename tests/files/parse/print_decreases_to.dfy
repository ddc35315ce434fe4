// RUN: resolve --dump-ast
// `decreases to` and `nonincreases to` expressions, printed back (the round trip keeps them):
// unparenthesized, their operands are equivalences (Dafny's Expression: EquivExpression
// [DecreasesTo EquivExpression]); in parentheses, lists of any length, possibly empty. The
// groupings below are Dafny 4.11's: it reports the same type errors on the ill-typed ones
// (tests/files/resolve/decreases_to_precedence.dfy).
method M(a: int, b: int, c: bool, s: seq<int>)
  requires a decreases to b ==> c
  requires c ==> a decreases to b
  requires a nonincreases to b <==> c
  ensures (a, b decreases to b, a)
  ensures (a nonincreases to)
  ensures (decreases to a, b)
  ensures (a, b decreases to a decreases to b)
  ensures (a decreases to b) && c
  ensures forall x: int :: x decreases to a
  ensures (forall x: int :: x > 0) decreases to c
  ensures ((a decreases to b), c decreases to c, (a decreases to b))
  ensures F(a decreases to b)
  decreases a
{
  assert ((a, b) decreases to (a, b - 1)) || true;
  assert s decreases to s[1..] by { assume {:axiom} |s| > 0; }
  assert a + 1 decreases to a;
  assert (a, b nonincreases to a, b);
  assert if c then a decreases to b else b nonincreases to a;
}
predicate F(x: bool) { x }

// CHECK-EXIT: 0
// CHECK: method M(a: int, b: int, c: bool, s: seq<int>)
// CHECK:   requires a decreases to b ==> c
// CHECK:   requires c ==> a decreases to b
// CHECK:   requires a nonincreases to b <==> c
// CHECK:   ensures (a, b decreases to b, a)
// CHECK:   ensures (a nonincreases to)
// CHECK:   ensures (decreases to a, b)
// CHECK:   ensures (a, b decreases to a decreases to b)
// CHECK:   ensures (a decreases to b) && c
// CHECK:   ensures forall x: int :: x decreases to a
// CHECK:   ensures (forall x: int :: x > 0) decreases to c
// CHECK:   ensures ((a decreases to b), c decreases to c, (a decreases to b))
// CHECK:   ensures F(a decreases to b)
// CHECK:   decreases a
// CHECK: {
// CHECK:   assert ((a, b) decreases to (a, b - 1)) || true;
// CHECK:   assert s decreases to s[1..] by {
// CHECK:     assume {:axiom} |s| > 0;
// CHECK:   }
// CHECK:   assert a + 1 decreases to a;
// CHECK:   assert (a, b nonincreases to a, b);
// CHECK:   assert if c then a decreases to b else b nonincreases to a;
// CHECK: }
// CHECK:
// CHECK: predicate F(x: bool)
// CHECK: {
// CHECK:   x
// CHECK: }
