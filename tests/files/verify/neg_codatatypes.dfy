// RUN: verify --show-snippets false --allow-warnings
// Wrong claims about codatatype values: each must fail. (Dafny 4.11 also names the failing
// conjunct of AllOnes#[_k] for TwosAreOnes; dfyc does not inline prefix predicates.)
codatatype Stream = Nil | Cons(head: int, tail: Stream)
function Ones(): Stream { Cons(1, Ones()) }
function Twos(): Stream { Cons(2, Twos()) }
function From(n: int): Stream { Cons(n, From(n + 1)) }
greatest predicate AllOnes(s: Stream) { s.Cons? && s.head == 1 && AllOnes(s.tail) }

// Not acyclic: a stream may be its own tail.
lemma NotItsOwnTail() ensures Ones().tail != Ones() {}

// Different streams.
lemma Different() ensures Ones() == Twos() {}

// The coinduction needs the right head.
greatest lemma TwosAreOnes() ensures AllOnes(Twos()) { TwosAreOnes(); }

// Equality at depth 1 does not say anything about the second element.
lemma Depth(s: Stream, t: Stream) requires s ==#[1] t && s.Cons? ensures s.tail.head == t.tail.head {}

// A co-recursive call is no induction hypothesis.
function Bad(n: int): Stream ensures Bad(n) == Cons(0, Bad(n)) { Cons(1, Bad(n)) }

// A non-productive recursive call needs a termination proof.
function Loop(n: int): Stream { Loop(n + 1) }

// A call under a constructor that is not the function's value is not co-recursive.
function H(): Stream { if Cons(1, H()).tail.Nil? then Cons(1, Nil) else Nil }

// CHECK-EXIT: 4
// CHECK: neg_codatatypes.dfy(11,52): Error: a postcondition could not be proved on this return path
// CHECK: neg_codatatypes.dfy(11,42): Related location: this is the postcondition that could not be proved
// CHECK: neg_codatatypes.dfy(14,43): Error: a postcondition could not be proved on this return path
// CHECK: neg_codatatypes.dfy(14,33): Related location: this is the postcondition that could not be proved
// CHECK: neg_codatatypes.dfy(17,53): Error: a postcondition could not be proved on this return path
// CHECK: neg_codatatypes.dfy(17,44): Related location: this is the postcondition that could not be proved
// CHECK: neg_codatatypes.dfy(20,80): Error: destructor 'head' can only be applied to datatype values constructed by 'Cons'
// CHECK: neg_codatatypes.dfy(20,95): Error: destructor 'head' can only be applied to datatype values constructed by 'Cons'
// CHECK: neg_codatatypes.dfy(20,100): Error: a postcondition could not be proved on this return path
// CHECK: neg_codatatypes.dfy(20,85): Related location: this is the postcondition that could not be proved
// CHECK: neg_codatatypes.dfy(23,76): Error: cannot prove termination; try supplying a decreases clause (note that only functions without any ensures clause can be called co-recursively)
// CHECK: neg_codatatypes.dfy(26,36): Error: cannot prove termination; try supplying a decreases clause (note that the call is not sufficiently guarded to be used co-recursively)
// CHECK: neg_codatatypes.dfy(26,36): Error: decreases expression must be bounded below by 0
// CHECK: neg_codatatypes.dfy(26,14): Related location: this decreases clause was not satisfied
// CHECK: neg_codatatypes.dfy(29,35): Error: cannot prove termination; try supplying a decreases clause (note that calls cannot be co-recursive in this context)
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 10 errors
