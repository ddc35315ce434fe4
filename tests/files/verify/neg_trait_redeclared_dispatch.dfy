// RUN: verify --show-snippets false --allow-warnings
// A trait that redeclares its parent trait's function (A<Y>'s R for G<seq<Y>>'s, W<Z>'s Valid
// for V's): on the objects of that trait, the parent's function is the redeclaration, and on no
// others (Dafny's override axiom between traits, under $Is of the lower trait).
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all.
trait G<X> extends object {
  predicate R(x: X)
}
trait A<Y> extends G<seq<Y>> {
  predicate R(x: seq<Y>) { |x| == 0 }
}
trait V extends object {
  var n: int
  predicate Valid() reads this
}
trait W<Z> extends V {
  predicate Valid() reads this { n == 0 }
}
class K extends G<int> {
  predicate R(x: int) { x == 1 }
}
method M(g: G<seq<int>>) {
  assert g.R([]);  // error
}
method N(a: A<int>) {
  var g: G<seq<int>> := a;
  assert g.R([]);
  assert !g.R([3]);
}
method P(v: V, w: W<bool>)
  requires w.n == 0
{
  var u: V := w;
  assert u.Valid();
  assert v.Valid();  // error
}
method Q(k: K) {
  var g: G<int> := k;
  assert g.R(1);
  assert g.R(2);  // error
}

// CHECK-EXIT: 4
// CHECK: neg_trait_redeclared_dispatch.dfy(23,2): Error: assertion might not hold
// CHECK: neg_trait_redeclared_dispatch.dfy(35,2): Error: assertion might not hold
// CHECK: neg_trait_redeclared_dispatch.dfy(40,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 3 errors
