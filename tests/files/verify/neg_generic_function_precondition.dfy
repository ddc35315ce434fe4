// RUN: verify --show-snippets false
// A generic function's precondition is not met by the caller.
function Last<T>(s: seq<T>): T
  requires |s| > 0
{
  s[|s| - 1]
}
method M<T>(s: seq<T>) returns (x: T) {
  x := Last(s);
}

// CHECK-EXIT: 4
// CHECK: neg_generic_function_precondition.dfy(9,11): Error: function precondition could not be proved
// CHECK: neg_generic_function_precondition.dfy(4,15): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
