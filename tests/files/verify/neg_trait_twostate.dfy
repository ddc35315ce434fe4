// RUN: verify --show-snippets false --allow-warnings
// Wrong two-state members of traits and their overrides.
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all:
// override checks of two-state members, a two-state lemma's precondition through the trait, and
// receivers not allocated in the previous state.
trait Counter {
  var n: int
  twostate predicate Grew()
    reads this
    ensures Grew() ==> old(n) <= n
  twostate function Delta(): int
    reads this
    ensures Delta() == n - old(n)
  twostate lemma Keep()
    requires old(n) == n
    ensures Grew()
}

class Bad extends Counter {
  twostate predicate Grew()
    reads this
  {
    true
  }
  twostate function Delta(): int
    reads this
  {
    old(n) - n
  }
  twostate lemma Keep()
    requires old(n) == n
    ensures Grew()
  {}
}

class Good extends Counter {
  constructor () {}
  twostate predicate Grew()
    reads this
    ensures Grew() ==> old(n) <= n
  {
    old(n) <= n
  }
  twostate function Delta(): int
    reads this
    ensures Delta() == n - old(n)
  {
    n - old(n)
  }
  twostate lemma Keep()
    requires old(n) == n
    ensures Grew()
  {}
}

method Use(c: Counter)
  modifies c
{
  c.n := c.n + 1;
  assert c.Delta() == 1;
}

method UseWrong(c: Counter)
  modifies c
{
  c.n := c.n - 1;
  c.Keep();
}

class Bad2 extends Counter {
  var other: Bad2?
  twostate predicate Grew()
    reads this, other
    ensures Grew() ==> old(n) <= n
  {
    old(n) <= n && (other != null ==> other.n == 0)
  }
  twostate function Delta(): int
    reads this
    ensures Delta() == n - old(n)
  {
    n - old(n)
  }
  twostate lemma Keep()
  {}
}

method FreshReceiver() {
  var g := new Good();
  var d := g.Delta();
}

method FreshLemmaReceiver() {
  var g := new Good();
  g.Keep();
}

// CHECK-EXIT: 4
// CHECK: neg_trait_twostate.dfy(20,21): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_trait_twostate.dfy(25,20): Error: the function must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_trait_twostate.dfy(67,8): Error: a precondition for this call could not be proved
// CHECK: neg_trait_twostate.dfy(15,20): Related location: this is the precondition that could not be proved
// CHECK: neg_trait_twostate.dfy(72,21): Error: twostate predicate's (possibly automatically generated) decreases clause must be below or equal to that in the trait
// CHECK: neg_trait_twostate.dfy(84,17): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_trait_twostate.dfy(90,11): Error: receiver argument could not be proved to be allocated in the two-state function's previous state
// CHECK: neg_trait_twostate.dfy(95,2): Error: receiver argument could not be proved to be allocated in the two-state lemma's previous state
// CHECK:
// CHECK: Dafny program verifier finished with 18 verified, 7 errors
