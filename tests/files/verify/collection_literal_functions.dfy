// RUN: verify --show-snippets false --allow-warnings
// Functions over collections whose definitions unfold on literal arguments (their Lit axiom):
// union and merge of literal collections are no arithmetic; string is seq<char> in every sort;
// a quantifier whose trigger would hold an if-then-else gets another.
datatype Option<T> = None | Some(value: T)
type Name = seq<char>

function U(m: set<int>, n: set<int>): set<int> { m + n }
function Merge(m: map<int, int>, n: map<int, int>): map<int, int> { m + n }
function Wrap(s: string): Option<Name> { Some(s) }

function Filter(f: int -> bool, xs: seq<int>): (result: seq<int>)
  ensures forall i :: 0 <= i < |result| ==> f(result[i])
{
  if |xs| == 0 then [] else (if f(xs[0]) then [xs[0]] else []) + Filter(f, xs[1..])
}

method Main() {
  assert U({1}, {2}) == {1, 2};
  assert Merge(map[1 := 2], map[1 := 3])[1] == 3;
  assert Wrap("ab").value == "ab";
  assert U({1}, {2}) == {1};  // wrong
}

// CHECK-EXIT: 4
// CHECK: collection_literal_functions.dfy(22,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
