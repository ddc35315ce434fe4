// RUN: verify --show-snippets false
// Members of codatatypes: `this` is a value of the codatatype; a member recurses on the tail.
// Expected output is Dafny 4.11's.
codatatype Stream<T> = Cons(head: T, tail: Stream<T>) {
  function Head(): T { head }
  function Nth(n: nat): T { if n == 0 then head else tail.Nth(n - 1) }
  function Take(n: nat): seq<T> { if n == 0 then [] else [head] + tail.Take(n - 1) }
}
function Up(n: int): Stream<int> { Cons(n, Up(n + 1)) }
lemma NthUp(n: int, k: nat) ensures Up(n).Nth(k) == n + k decreases k {
  if k > 0 { NthUp(n + 1, k - 1); }
}
lemma TakeLength<T>(s: Stream<T>, n: nat) ensures |s.Take(n)| == n {}
lemma Wrong(n: int) ensures Up(n).Nth(1) == n {}
method Main() {
  var s := Up(3);
  assert s.Head() == 3;
  NthUp(3, 4);
  assert s.Nth(4) == 7;
}

// CHECK-EXIT: 4
// CHECK: codatatype_members.dfy(13,67): Error: a postcondition could not be proved on this return path
// CHECK: codatatype_members.dfy(13,62): Related location: this is the postcondition that could not be proved
// CHECK: codatatype_members.dfy(14,46): Error: a postcondition could not be proved on this return path
// CHECK: codatatype_members.dfy(14,41): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 2 errors
