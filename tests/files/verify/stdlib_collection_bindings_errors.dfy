// `x <- c` bindings: each wrong in one way.
lemma NotAll(s: set<int>)
  requires forall x <- s :: x > 0
  ensures forall x <- s :: x > 1
{}

lemma Slice(s: seq<int>)
  ensures forall x <- s[1..] :: x in s
{}

function Halves(xs: seq<int>): seq<int> {
  seq(|xs|, i requires 0 <= i < |xs| => xs[i] / 2)
}

lemma Division(xs: seq<int>)
  ensures forall x <- xs :: 10 / x > 0
{}

function Inverse(s: set<int>): set<int> {
  set x <- s :: 100 / x
}

// Without the injectivity of f, the witness need not differ from x.
lemma MapSizeStep<X, Y>(xs: set<X>, ys: set<Y>, f: X -> Y, x: X)
  requires x in xs
  requires forall y | y in ys :: exists x | x in xs :: y == f(x)
  ensures forall y | y in ys :: exists x' | x' in xs - {x} :: y == f(x')
{}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: stdlib_collection_bindings_errors.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: stdlib_collection_bindings_errors.dfy(4,10): Related location: this is the postcondition that could not be proved
// CHECK: stdlib_collection_bindings_errors.dfy(8,23): Error: lower bound out of range
// CHECK: stdlib_collection_bindings_errors.dfy(16,31): Error: possible division by zero
// CHECK: stdlib_collection_bindings_errors.dfy(17,0): Error: a postcondition could not be proved on this return path
// CHECK: stdlib_collection_bindings_errors.dfy(16,10): Related location: this is the postcondition that could not be proved
// CHECK: stdlib_collection_bindings_errors.dfy(20,20): Error: possible division by zero
// CHECK: stdlib_collection_bindings_errors.dfy(28,0): Error: a postcondition could not be proved on this return path
// CHECK: stdlib_collection_bindings_errors.dfy(27,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 6 errors
