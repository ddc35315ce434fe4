// RUN: verify --show-snippets false
// A body-less function's ensures clauses are assumed only once checked, in order: a clause
// cannot lean on a later one, nor on a bound the earlier ones do not give.
function {:axiom} Early(count: nat): (r: seq<int>)
  ensures count > 0 ==> r[0] == 0
  ensures |r| == count

function {:axiom} TooFar(count: nat): (r: seq<int>)
  ensures |r| == count
  ensures r[count] == 0

// CHECK-EXIT: 4
// CHECK: function_bodyless_ensures_order_errors.dfy(5,25): Error: index out of range
// CHECK: function_bodyless_ensures_order_errors.dfy(10,11): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
