// RUN: verify --show-snippets false
// A boolean result's postcondition with an implication that fails.
method IsSorted(s: seq<int>) returns (b: bool)
  ensures b ==> forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
{
  b := true;
  if |s| >= 2 && s[0] > s[1] {
    b := false;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_boolean_result_ensures.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_boolean_result_ensures.dfy(4,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
