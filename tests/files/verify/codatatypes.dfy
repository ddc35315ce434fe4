// RUN: verify --show-snippets false --allow-warnings
// Codatatypes: co-recursive functions, greatest predicates over streams, prefix equality and
// coinduction (greatest lemmas whose postcondition is an equality of streams). The expectations
// are Dafny 4.11's output.
codatatype Stream<T> = SNil | SCons(head: T, tail: Stream<T>)
function Up(n: int): Stream<int> { SCons(n, Up(n + 1)) }
function Ones(): Stream<int> { SCons(1, Ones()) }
function SAppend(xs: Stream, ys: Stream): Stream
{
  match xs
  case SNil => ys
  case SCons(x, rest) => SCons(x, SAppend(rest, ys))
}
greatest predicate Pos(s: Stream<int>)
{
  match s
  case SNil => true
  case SCons(x, rest) => x > 0 && Pos(rest)
}
lemma OnesHead() ensures Ones().head == 1 && Ones().tail == Ones() {}
lemma UpHead(n: int) ensures Up(n).tail.head == n + 1 {}
greatest lemma UpPosAuto(n: int)
  requires n > 0
  ensures Pos(Up(n))
{
}
lemma {:induction false} SAppendIsAssociativeK(k: nat, a: Stream, b: Stream, c: Stream)
  ensures SAppend(SAppend(a, b), c) ==#[k] SAppend(a, SAppend(b, c))
  decreases k
{
  match (a) {
  case SNil =>
  case SCons(h, t) => if (k > 0) { SAppendIsAssociativeK(k - 1, t, b, c); }
  }
}
lemma SAppendIsAssociative(a: Stream, b: Stream, c: Stream)
  ensures SAppend(SAppend(a, b), c) == SAppend(a, SAppend(b, c))
{
  forall k: nat { SAppendIsAssociativeK(k, a, b, c); }
}
greatest lemma {:induction false} SAppendIsAssociativeC(a: Stream, b: Stream, c: Stream)
  ensures SAppend(SAppend(a, b), c) == SAppend(a, SAppend(b, c))
{
  match (a) {
  case SNil =>
  case SCons(h, t) => SAppendIsAssociativeC(t, b, c);
  }
}
greatest lemma SAppendIsAssociativeAuto(a: Stream, b: Stream, c: Stream)
  ensures SAppend(SAppend(a, b), c) == SAppend(a, SAppend(b, c))
{
}

// CHECK-EXIT: 4
// CHECK: codatatypes.dfy(21,40): Error: destructor 'head' can only be applied to datatype values constructed by 'SCons'
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 1 error
