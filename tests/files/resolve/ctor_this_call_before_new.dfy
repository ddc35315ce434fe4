// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
// An instance method called before `new;`: its receiver is the unallocated `this`.
class Counter {
  var n: int
  constructor ()
  {
    n := 0;
    Reset();
    new;
  }
  method Reset() modifies this { n := 0; }
}

// CHECK-EXIT: 2
// CHECK: ctor_this_call_before_new.dfy(9,4): Error: in the first division of the constructor body (before 'new;'), 'this' can only be used to assign to its fields
// CHECK: 1 resolution/type errors detected in ctor_this_call_before_new.dfy
