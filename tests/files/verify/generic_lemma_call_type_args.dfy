// RUN: verify --show-snippets false
// Generic lemma and method calls take their type arguments from the arguments' types, as
// function calls do (Dafny 4.11): with s: seq<seq<uint32>>, lemma_fg(s) is about g<uint32>,
// so its postcondition speaks of the g(s) in the assertion. Dafny 4.11 gives the same
// verdicts and the error below, at the same position.
type uint32 = i: int | 0 <= i < 0x1_0000_0000

function f<T>(s: seq<T>): seq<T>
function g<T>(ss: seq<seq<T>>): seq<T>

lemma {:axiom} LemmaFG<T>(s: seq<seq<T>>)
  ensures g(s) == g(f(s))

lemma UseLemma(s: seq<seq<uint32>>)
{
  LemmaFG(s);
  assert g(s) == g(f(s));
}

method Wrap<T>(x: T) returns (r: seq<T>)
  ensures |r| == 1 && r[0] == x
{
  r := [x];
}

method UseMethod(n: nat, i: int)
{
  var r := Wrap(n);
  assert r[0] >= 0;
  var q := Wrap(i);
  assert q[0] >= 0;  // error: q is a seq<int>
}

// CHECK-EXIT: 4
// CHECK: generic_lemma_call_type_args.dfy(31,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
