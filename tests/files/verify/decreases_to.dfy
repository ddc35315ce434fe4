// RUN: verify --show-snippets false
// `decreases to` and `nonincreases to` mean the order of decreases clauses (Dafny's
// DecreasesCheck, without the lower bound on ints): per type, lexicographic over the
// components, a shorter left-hand list followed by a top element. Dafny 4.11 verifies this file
// (`dafny verify`: 11 verified, 0 errors; dfyc the same).
datatype List = Nil | Cons(head: int, tail: List)
datatype Tree = Leaf | Node(children: seq<Tree>)
datatype M = A(n: nat) | S(s: seq<M>) | T(a: M, b: M)
class C {}

method Basics(x: int, y: int, n: nat, s: seq<int>, t: set<int>, l: List, b: bool) {
  assert 1 decreases to 0;
  assert (true, false decreases to false, true);
  assert (x, y decreases to x - 1, y);
  assert x nonincreases to x;
  assert (x, y nonincreases to x, y);
  assert -1 decreases to -2;  // no lower bound
  if |s| > 0 {
    assert s decreases to s[1..];
    assert s decreases to s[..|s| - 1];
  }
  if x in t { assert t decreases to t - {x}; }
  assert t nonincreases to t * t;
  if l.Cons? { assert l decreases to l.tail; }
  assert !b ==> (true decreases to b);
  assert 'b' decreases to 'a';
}

method MixedLengths(x: int, y: int, n: nat, s: seq<int>) {
  assert (x decreases to x, 0);  // x, TOP decreases to x, 0
  assert (x, y nonincreases to x);
  assert (decreases to x);
  assert !(x decreases to);
  assert (x nonincreases to);
  assert (n, s decreases to n, s, 0);
  assert (x, 5 decreases to [1], 4) || true;  // int and seq: not compared
}

method Lexicographic(a: nat, b: nat, c: int, k: C)
  requires a > 0
{
  assert (a, b decreases to a - 1, b + 100);
  assert (a, b, c nonincreases to a, b, c);
  assert (a, b, c decreases to a, b, c - 1);
  var s := [1, 2, 3];
  assert (s, a decreases to s[1..], a + 1);
  assert (s, a decreases to s, a - 1);
  assert ({1, 2}, 0 decreases to {1}, 5);
  assert (multiset{1, 1}, 0 decreases to multiset{1}, 5);
  assert (k decreases to null);
  assert (k, 1 nonincreases to k, 1);
}

lemma Children(t: Tree)
  requires t.Node?
  ensures forall c <- t.children :: t decreases to c
{
}

lemma Elements(m: M)
  requires m.S?
  ensures forall o <- m.s :: m decreases to o
{
}

lemma Fields(m: M)
  requires m.T?
  ensures (m decreases to m.a) && (m decreases to m.b)
  ensures (m, 3 decreases to m.a, 7)
{
}

function F(n: nat): bool
  ensures F(n) == (n decreases to 0) || n == 0
{
  n > 0
}

method Loop(n: nat) {
  var i := n;
  while i > 0
    invariant n nonincreases to i
  {
    assert (n, i decreases to n, i - 1);
    i := i - 1;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 0 errors
