// RUN: verify --allow-warnings --show-snippets false
// What a function's definition states of its let-such-that values holds for the calls that
// can be called (f#canCall), as in Dafny: those in checked expressions, in the method's own
// pre- and postconditions, a callee's pre- and postconditions and loop invariants, and, through
// a definition, the calls in the body of a function that can be called. Expected output is
// Dafny 4.11's (`dafny verify --allow-warnings --show-snippets false`).
ghost function Pick(s: set<int>): int
  requires s != {}
{
  var x :| x in s; x
}

ghost function PickTwice(s: set<int>): int
  requires s != {}
{
  Pick(s) + Pick(s)
}

// Through PickTwice's definition to Pick's.
lemma HalfIn(s: set<int>)
  requires s != {}
  ensures PickTwice(s) / 2 in s
{
}

// A callee's postcondition.
lemma PickIn(s: set<int>)
  requires s != {}
  ensures Pick(s) in s
{
}

ghost method UsePickIn(s: set<int>) returns (r: int)
  requires s != {}
  ensures r in s
{
  PickIn(s);
  r := Pick(s);
}

// A loop invariant: the let's fact for the set of each iteration.
ghost method Drain(s: set<int>) returns (t: set<int>)
  ensures t == {}
{
  t := s;
  while t != {}
    invariant t != {} ==> Pick(t) in t
    decreases |t|
  {
    t := t - {Pick(t)};
  }
}

// The choice is one member, not a particular one.
lemma NotTheLeast(s: set<int>)
  requires s != {}
  ensures forall y :: y in s ==> Pick(s) <= y
{
}

lemma NotTwice(s: set<int>)
  requires s != {}
  ensures PickTwice(s) in s
{
}

// CHECK-EXIT: 4
// CHECK: can_call_in_specifications.dfy(58,0): Error: a postcondition could not be proved on this return path
// CHECK: can_call_in_specifications.dfy(57,10): Related location: this is the postcondition that could not be proved
// CHECK: can_call_in_specifications.dfy(64,0): Error: a postcondition could not be proved on this return path
// CHECK: can_call_in_specifications.dfy(63,23): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 10 verified, 2 errors
