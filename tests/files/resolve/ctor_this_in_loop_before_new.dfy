// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// In a loop before `new;`, the invariant is checked before the guard (Dafny's order); an
// assignment to a field in the body is allowed.
class Acc {
  var total: int
  constructor (n: nat)
  {
    total := 0;
    var i := 0;
    while i < total
      invariant total >= 0
    {
      total := 1;
      i := i + 1;
    }
    new;
  }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_in_loop_before_new.dfy(12,16): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: ctor_this_in_loop_before_new.dfy(11,14): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 2 resolution/type errors detected in ctor_this_in_loop_before_new.dfy
