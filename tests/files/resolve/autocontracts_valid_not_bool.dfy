// RUN: resolve --show-snippets false
// {:autocontracts} adds `requires Valid()` to the class's functions, so Valid() must be a
// predicate.
class {:autocontracts} C {
  var n: int
  function Valid(): int { 0 }
  function Get(): int { n }
}

// CHECK-EXIT: 2
// CHECK: autocontracts_valid_not_bool.dfy(6,11): Error: first argument to ==> must be of type bool (instead got int)
// CHECK: autocontracts_valid_not_bool.dfy(7,11): Error: Precondition must be a boolean (got int)
// CHECK: 2 resolution/type errors detected in autocontracts_valid_not_bool.dfy
