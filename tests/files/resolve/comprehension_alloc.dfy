// RUN: resolve --show-snippets false
// Comprehensions and quantifiers that Dafny's allocation rule allows: in functions, each
// variable of a type holding references is bounded by a collection (or an equality, a
// subset bound); in methods any range is allowed; types without references need no bound.
class C { var x: int }
function Within(s: set<C>): set<C> { set c: C | c in s }
predicate AllIn(s: seq<C>) reads s { forall c: C :: c in s ==> c.x == 0 }
predicate AllIn2(s: set<C>) reads s { forall c: C | c in s :: c.x == 0 }
predicate NotOut(s: set<C>) reads s { forall c: C :: c !in s || c.x == 0 }
function Is(c0: C): set<C> reads c0 { set c: C | c == c0 && c.x == 0 }
predicate Subsets(s: set<C>) { forall t: set<C> :: t <= s ==> |t| <= |s| }
ghost predicate P(i: int)
ghost predicate Naturals() { forall i: int :: P(i) }
ghost predicate Q<T>(t: T)
ghost predicate Free<T(!new)>() { forall t: T :: Q(t) }
method InMethod() {
  ghost var s := set c: C | c.x == 0;
  var f := (x: int) => forall c: C :: c in s ==> x > 0;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
