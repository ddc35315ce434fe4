// RUN: verify --show-snippets false --allow-warnings
// Dafny's override axiom for generic traits: a trait's function on an object of a class is
// the class's implementation, at the class's type arguments the trait's determine (C<T>
// extends Tr<seq<T>> at Tr<seq<bool>>: C<bool>); nothing for other classes.
// Expected errors are Dafny 4.11's (`dafny verify --show-snippets false`), positions and all.
trait Tr<X> {
  function Get(): X
}

class C<T> extends Tr<seq<T>> {
  const s: seq<T>
  constructor (s: seq<T>)
    ensures this.s == s
  {
    this.s := s;
  }
  function Get(): seq<T> { s }
}

class D extends Tr<int> {
  constructor () {}
  function Get(): int { 3 }
}

class E<T> extends Tr<int> {
  function Get(): int { 4 }
}

method Ints(t: Tr<int>, d: D) {
  var v: Tr<int> := d;
  assert v.Get() == 3;
  assert t.Get() == 3;  // error: t may be an E
}

method Seqs(u: Tr<seq<bool>>, c: C<bool>) {
  var v: Tr<seq<bool>> := c;
  assert v.Get() == c.s;
  assert |u.Get()| == 0;  // error
}

method Client() {
  var c := new C([true, false]);
  var u: Tr<seq<bool>> := c;
  assert u.Get() == [true, false];
  var d := new D();
  var t: Tr<int> := d;
  assert t.Get() == 3;
  assert u.Get() == [true];  // error
}

// CHECK-EXIT: 4
// CHECK: neg_trait_generic_dispatch.dfy(32,2): Error: assertion might not hold
// CHECK: neg_trait_generic_dispatch.dfy(38,2): Error: assertion might not hold
// CHECK: neg_trait_generic_dispatch.dfy(48,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 3 errors
