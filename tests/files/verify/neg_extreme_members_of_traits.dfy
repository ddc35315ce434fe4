// RUN: verify --show-snippets false
// Wrong extreme lemmas of a trait (a least lemma's bound, a static least lemma's parity, a
// greatest lemma's claim its predicate does not give) and a prefix predicate of a trait object
// that does not hold at its depth. Expected output checked against Dafny 4.11.
trait T {
  least predicate Q(n: nat) {
    n == 0 || Q(n - 1)
  }
  static least predicate R(n: nat) {
    n == 0 || (n >= 2 && R(n - 2))
  }
  least lemma QBound(n: nat)
    requires Q(n)
    ensures n < 10
  {}
  static least lemma ROdd(n: nat)
    requires R(n)
    ensures n % 2 == 1
  {
    if n != 0 { ROdd(n - 2); }
  }
  greatest predicate G(n: int) {
    n >= 0 && G(n + 1)
  }
  greatest lemma GBig(n: int)
    requires G(n)
    ensures n > 5
  {
  }
}
class C extends T {
  constructor () {}
}
method M(t: T, c: C) {
  var b := t.Q#[2](2);
  assert b;
}

// CHECK-EXIT: 4
// CHECK: neg_extreme_members_of_traits.dfy(15,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_members_of_traits.dfy(14,14): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_members_of_traits.dfy(20,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_members_of_traits.dfy(18,18): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_members_of_traits.dfy(28,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_members_of_traits.dfy(27,14): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_members_of_traits.dfy(36,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 4 errors
