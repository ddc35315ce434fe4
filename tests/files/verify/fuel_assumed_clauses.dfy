// RUN: verify --show-snippets false --allow-warnings
// A precondition, a callee's postcondition and a loop invariant are assumed as Dafny assumes
// them: with the fuel of an asserted clause, so that their function calls trigger a quantifier
// of a postcondition that is itself checked with that fuel.
function Sum(s: seq<int>, n: nat): int
  requires n <= |s|
{
  if |s| == 0 || n == 0 then 0 else s[0] + Sum(s[1..], n - 1)
}

lemma SumPlus(s: seq<int>, i: nat)
  requires i < |s|
  ensures Sum(s, i) + s[i] == Sum(s, i + 1)

method Witness(ops: seq<int>, i: nat, t: int) returns (result: bool)
  requires i < |ops| && t == Sum(ops, i) + ops[i] && t < 0
  ensures result <==> exists n: nat :: n <= |ops| && Sum(ops, n) < 0
{
  SumPlus(ops, i);
  result := true;
}

method FromPrecondition(ops: seq<int>, i: nat) returns (result: bool)
  requires i <= |ops| && Sum(ops, i) < 0
  ensures result <==> exists n: nat :: n <= |ops| && Sum(ops, n) < 0
{
  result := true;
}

method FromInvariant(ops: seq<int>) returns (result: bool)
  ensures result ==> exists n: nat :: n <= |ops| && Sum(ops, n) < 0
{
  var i := 0;
  while i < |ops|
    invariant i <= |ops|
  {
    if Sum(ops, i) < 0 {
      break;
    }
    i := i + 1;
  }
  result := i < |ops|;
  assert result ==> Sum(ops, i) < 0;
}

// Without the lemma the witness's term is missing: Dafny cannot prove it either.
method NoWitness(ops: seq<int>, i: nat, t: int) returns (result: bool)
  requires i < |ops| && t == Sum(ops, i) + ops[i] && t < 0
  ensures result <==> exists n: nat :: n <= |ops| && Sum(ops, n) < 0
{
  result := true;
}
// CHECK-EXIT: 4
// CHECK: fuel_assumed_clauses.dfy(13,27): Warning: This ensures clause is part of a bodyless method. Add the {:axiom} attribute to it or the enclosing method to suppress this warning
// CHECK: fuel_assumed_clauses.dfy(50,0): Error: a postcondition could not be proved on this return path
// CHECK: fuel_assumed_clauses.dfy(49,17): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 1 error
