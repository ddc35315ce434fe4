// RUN: verify --show-snippets false
// A body-less function's ensures clauses are checked for well-formedness in order, each
// assumed once checked (Dafny's CheckWellformedAndAssume): a later clause may index what an
// earlier one bounds.
function {:axiom} Repeat(count: nat, elt: int): seq<int>
  ensures |Repeat(count, elt)| == count
  ensures count > 0 ==> Repeat(count, elt)[0] == elt

function {:axiom} RepeatNamed(count: nat, elt: int): (r: seq<int>)
  ensures |r| == count
  ensures forall i :: 0 <= i < count ==> r[i] == elt

function {:axiom} RepeatGeneric<T>(count: nat, elt: T): seq<T>
  ensures |RepeatGeneric<T>(count, elt)| == count
  ensures forall i :: 0 <= i < count ==> RepeatGeneric<T>(count, elt)[i] == elt

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
