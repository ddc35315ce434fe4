// A generic function with a precondition is a partial function value.
function Head<T>(xs: seq<T>): T
  requires |xs| > 0
{
  xs[0]
}

method Total() {
  var h: seq<int> -> int := Head;
}

method Apply() {
  var h := Head<int>;
  var x := h([]);
}

function Id<T>(x: T): T { x }

method Wrong() {
  var g := Id<int>;
  assert g(1) == 2;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: neg_function_values_generic.dfy(9,28): Error: value does not satisfy the subset constraints of 'seq<int> -> int' (possible cause: it may be partial or have read effects)
// CHECK: neg_function_values_generic.dfy(14,11): Error: function precondition could not be proved
// CHECK: neg_function_values_generic.dfy(21,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 3 errors
