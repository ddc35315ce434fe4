// `x <- c` bindings in quantifiers and comprehensions (as Std.Strings writes them), and
// applications of function values as triggers (Std.Collections.Set.LemmaMapSize's witness).
predicate AllDigits(s: string) {
  forall c <- s :: '0' <= c <= '9'
}

lemma DigitsOfSlice(s: string)
  requires AllDigits(s) && |s| > 0
  ensures AllDigits(s[1..])
{
  assert forall c <- s[1..] :: c in s;
}

lemma Positive(s: set<int>, m: multiset<int>)
  requires forall x <- s :: x > 0
  requires forall x <- m :: x > 1
  ensures forall x <- s :: x >= 0
  ensures forall x <- m, y <- s :: x + y > 1
{}

function Doubled(s: set<int>): set<int> {
  set x <- s :: 2 * x
}

lemma DoubledMember(s: set<int>)
  requires 3 in s
  ensures 6 in Doubled(s)
{}

function Squares(xs: seq<nat>): map<nat, nat> {
  map x <- xs :: x * x
}

// The witness of the existential is the x0 with y == f(x0): f(x') is a trigger.
lemma MapSizeStep<X, Y>(xs: set<X>, ys: set<Y>, f: X -> Y, x: X)
  requires x in xs
  requires forall y | y in ys :: exists x | x in xs :: y == f(x)
  ensures forall y | y in ys - {f(x)} :: exists x' | x' in xs - {x} :: y == f(x')
{}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
