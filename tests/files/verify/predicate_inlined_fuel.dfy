// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: an asserted predicate call is checked through its
// inlined body, whose calls get one more layer of fuel (Dafny's TrSplitExpr, LayerOffset(1)):
// Sum(a, u, i + 1) unfolds to a term the second precondition's trigger matches.
function Sum(arr: array<int>, start: int, stop: int): int
  requires 0 <= start <= stop <= arr.Length
  decreases stop - start
  reads arr
{
  if start >= stop then 0 else arr[stop-1] + Sum(arr, start, stop-1)
}
predicate MS(arr: array<int>, sum: int, start: int, stop: int)
  requires 0 <= start <= stop <= arr.Length
  reads arr
{
  forall u, v :: start <= u < v <= stop ==> Sum(arr, u, v) <= sum
}
method Step(a: array<int>, i: int, ms: int, cs: int) returns (ms': int)
  requires 0 <= i < a.Length && 0 <= cs
  requires MS(a, ms, 0, i)
  requires forall j :: 0 <= j < i ==> Sum(a, j, i) <= cs
  ensures MS(a, ms', 0, i + 1)
{
  var c := cs + a[i];
  ms' := if c > ms then c else ms;
}

method WrongStep(a: array<int>, i: int, ms: int, cs: int) returns (ms': int)
  requires 0 <= i < a.Length && 0 <= cs
  requires MS(a, ms, 0, i)
  requires forall j :: 0 <= j < i ==> Sum(a, j, i) <= cs
  ensures MS(a, ms', 0, i + 1)  // error: ms' is ms
{
  ms' := ms;
}

// CHECK-EXIT: 4
// CHECK: predicate_inlined_fuel.dfy(33,0): Error: a postcondition could not be proved on this return path
// CHECK: predicate_inlined_fuel.dfy(32,12): Related location: this is the postcondition that could not be proved
// CHECK: predicate_inlined_fuel.dfy(16,2): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
