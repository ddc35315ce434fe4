// RUN: verify --show-snippets false
// One function calls another without meeting its precondition.
function Head(s: seq<int>): int
  requires |s| > 0
{
  s[0]
}
function FirstOrZero(s: seq<int>): int
{
  if |s| >= 0 then Head(s) else 0
}

// CHECK-EXIT: 4
// CHECK: neg_function_precondition_in_function.dfy(10,23): Error: function precondition could not be proved
// CHECK: neg_function_precondition_in_function.dfy(4,15): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
