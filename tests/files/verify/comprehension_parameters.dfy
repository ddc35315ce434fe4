// RUN: verify --show-snippets false
// A set comprehension whose bounds differ only in a closed term (a loop variable i in the
// invariant, a.Length in the postcondition) is one function at equal arguments, as under
// Boogie's lambda lifting; a lemma call leaves the heap as it was, so the comprehension read
// in the loop's heap stays the same. Expected output recorded from Dafny 4.11.
ghost function Sum(s: set<int>): int
{
  if s == {} then 0 else var x :| x in s; x + Sum(s - {x})
}

lemma {:axiom} SumAdd(s: set<int>, x: int)
  requires x in s
  ensures Sum(s - {x}) + x == Sum(s)

method SumDistinct(a: array<int>) returns (r: int)
  ensures r == Sum(set i | 0 <= i < a.Length :: a[i])
{
  r := 0;
  var seen: set<int> := {};
  for i := 0 to a.Length
    invariant seen == set k | 0 <= k < i :: a[k]
    invariant r == Sum(set k | 0 <= k < i :: a[k])
  {
    if a[i] !in seen {
      seen := seen + {a[i]};
      r := r + a[i];
      SumAdd(seen, a[i]);
    }
  }
}

method SumDistinctWrong(a: array<int>) returns (r: int)
  requires a.Length > 0
  ensures r == Sum(set i | 0 <= i < a.Length - 1 :: a[i])
{
  r := 0;
  var seen: set<int> := {};
  for i := 0 to a.Length
    invariant seen == set k | 0 <= k < i :: a[k]
    invariant r == Sum(set k | 0 <= k < i :: a[k])
  {
    if a[i] !in seen {
      seen := seen + {a[i]};
      r := r + a[i];
      SumAdd(seen, a[i]);
    }
  }
}

// CHECK-EXIT: 4
// CHECK: comprehension_parameters.dfy(35,0): Error: a postcondition could not be proved on this return path
// CHECK: comprehension_parameters.dfy(34,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
