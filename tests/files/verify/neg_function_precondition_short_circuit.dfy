// RUN: verify --show-snippets false
// The guard is placed after the call, so it does not protect it.
function Head(s: seq<int>): int
  requires |s| > 0
{
  s[0]
}
predicate StartsPositive(s: seq<int>)
{
  Head(s) > 0 && |s| > 0
}

// CHECK-EXIT: 4
// CHECK: neg_function_precondition_short_circuit.dfy(10,6): Error: function precondition could not be proved
// CHECK: neg_function_precondition_short_circuit.dfy(4,15): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
