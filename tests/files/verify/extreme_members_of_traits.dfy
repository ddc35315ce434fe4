// RUN: verify --show-snippets false
// Least and greatest predicates and lemmas declared in a trait with bodies (static ones and
// instance ones on a trait's or a class's object), as in a class; and a class's instance
// extreme predicate with a prefix call on its object. Expected output checked against Dafny 4.11.
trait T {
  var f: int
  least predicate Q(n: nat) {
    n == 0 || Q(n - 1)
  }
  static least predicate R(n: nat) {
    n == 0 || (n >= 2 && R(n - 2))
  }
  least lemma QAny(n: nat)
    requires Q(n)
    ensures n >= 0
  {}
  static least lemma REven(n: nat)
    requires R(n)
    ensures n % 2 == 0
  {
    if n != 0 { REven(n - 2); }
  }
  greatest predicate G(n: int) {
    G(n + 1)
  }
  greatest lemma GAll(n: int)
    ensures G(n)
  {
    GAll(n + 1);
  }
  lemma QOf(n: nat)
    ensures Q(n)
  {
    if n != 0 { QOf(n - 1); }
  }
}
class C extends T {
  constructor () {}
}
method M(t: T, c: C) {
  T.REven(4);
  assert T.R(4);
  t.GAll(3);
  assert t.G(3);
  c.QOf(2);
  assert c.Q(2);
}

class D {
  least predicate Q(n: nat) {
    n == 0 || Q(n - 1)
  }
  static least predicate S(n: nat) {
    n == 0 || S(n - 1)
  }
}
method M2(d: D) {
  assert d.Q#[2](1);
}
method M3() {
  assert D.S#[2](1);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 12 verified, 0 errors
